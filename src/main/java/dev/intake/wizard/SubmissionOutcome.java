package dev.intake.wizard;

import dev.intake.form.Banner;
import dev.intake.form.ErrorExplainer;
import dev.intake.form.Field;
import dev.intake.form.Messages;
import dev.intake.form.ServerErrorLocator;
import dev.intake.store.Submission;
import dev.intake.wizard.result.SubmissionViewModel;
import dev.intake.wizard.result.SubmissionViewModel.Phase;
import dev.intake.wizard.step.WizardPage;
import dev.intake.wizard.step.WizardStep;
import java.util.Optional;

/** What the wizard shows as a submission moves on: the result, the review with a banner, or the field at fault. */
final class SubmissionOutcome {
    private final WizardViewModel wizard;
    private final StepFlow flow;
    private final SubmissionViewModel submission;
    private final Messages messages;

    SubmissionOutcome(WizardViewModel wizard) {
        this.wizard = wizard;
        this.flow = wizard.flow();
        this.submission = wizard.submission();
        this.messages = wizard.messages();
    }

    void changed(Phase phase) {
        switch (phase) {
            case CREATED, QUEUED_OFFLINE, RETRY_SCHEDULED, OUTCOME_UNKNOWN -> {
                wizard.handedOver();
                wizard.showBanner(null);
                flow.set(WizardStep.RESULT);
            }
            case REJECTED -> rejected();
            case CANCELLED -> {
                wizard.showBanner(new Banner(Banner.Kind.INFO, messages.get("submit.cancelled.title"), null,
                        messages.get("submit.cancelled.advice")));
                flow.set(WizardStep.REVIEW);
            }
            case FAILED -> {
                ErrorExplainer.Explanation why = submission.explanationProperty().get();
                wizard.showBanner(new Banner(Banner.Kind.ERROR, why.title(), why.detail(), why.advice()));
            }
            default -> { }
        }
    }

    /** A 400/422 goes back onto the field it names when one can be found; anything else is a banner. */
    private void rejected() {
        ErrorExplainer.Explanation why = submission.explanationProperty().get();
        Submission stored = submission.submissionProperty().get();
        String serverMessage = stored == null ? null : stored.errorMessage();
        Integer status = stored == null ? null : stored.errorStatus();
        Optional<Field<?>> field = status != null && (status == 400 || status == 422)
                ? ServerErrorLocator.locate(serverMessage, flow.forms()) : Optional.empty();
        if (field.isEmpty()) {
            wizard.showBanner(new Banner(Banner.Kind.ERROR, why.title(), why.detail(), why.advice()));
            flow.set(WizardStep.REVIEW);
            return;
        }
        Field<?> target = field.get();
        target.setServerProblem(messages.get("server.fieldProblem", serverMessage));
        Optional<WizardStep> owner = flow.pages().stream()
                .filter(page -> page.form().map(f -> f.fields().activeFields().contains(target)).orElse(false))
                .map(WizardPage::step).findFirst();
        wizard.showBanner(new Banner(Banner.Kind.ERROR, why.title(), serverMessage,
                messages.get("server.fieldMarked")));
        owner.ifPresent(step -> {
            flow.setEditingFromReview(true);
            flow.set(step);
        });
        flow.requestFocus(target);
    }
}
