package dev.intake.wizard.questionnaire;

import dev.intake.ats.CreateApplicationRequest;
import dev.intake.form.Messages;
import dev.intake.wizard.step.ApplicationSummary;
import dev.intake.wizard.step.DraftPart;
import dev.intake.wizard.step.NextApplication;
import dev.intake.wizard.step.RequestParts;
import dev.intake.wizard.step.ReviewLines;
import dev.intake.wizard.step.StepContext;
import dev.intake.wizard.step.StepView;
import dev.intake.wizard.step.StepViewModel;
import dev.intake.wizard.step.WizardPage;
import dev.intake.wizard.step.WizardStep;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.value.ObservableBooleanValue;

/** The questionnaire step in a wizard's list; passed by while the posting has no questions. */
public final class QuestionnaireStep implements WizardPage {
    /** The key of this page's part of a draft. */
    public static final String DRAFT_KEY = "questionnaire";

    private final QuestionnaireStepViewModel vm;
    private final Messages messages;
    private final ObservableBooleanValue skipped;

    public QuestionnaireStep(QuestionnaireStepViewModel vm, Messages messages) {
        this.vm = Objects.requireNonNull(vm);
        this.messages = Objects.requireNonNull(messages);
        this.skipped = vm.applicableProperty().not();
    }

    @Override
    public WizardStep step() {
        return WizardStep.QUESTIONNAIRE;
    }

    @Override
    public Optional<StepViewModel> form() {
        return Optional.of(vm);
    }

    @Override
    public StepView view(StepContext context) {
        return new QuestionnaireStepController(vm, context.messages(), context.files());
    }

    @Override
    public ObservableBooleanValue skipped() {
        return skipped;
    }

    @Override
    public void contribute(RequestParts parts) {
        parts.questionnaires(vm.isApplicable() ? vm.answers() : null);
    }

    @Override
    public List<ApplicationSummary.Line> reviewLines(CreateApplicationRequest request) {
        ReviewLines lines = new ReviewLines(messages);
        if (!vm.isApplicable()) {
            return lines.line(messages.get("review.questionnaire"), vm.emptyReasonProperty().get()).lines();
        }
        for (QuestionModel question : vm.visibleQuestions()) {
            lines.line(question.label(), question.isAnswered() ? question.display()
                    : messages.get("review.notAnswered"));
        }
        return lines.lines();
    }

    /** Answers belong to one application: the next one starts without them. */
    @Override
    public boolean startNext(NextApplication next) {
        vm.clearAnswers();
        return false;
    }

    /** This page's part of a draft: every answer, hidden ones too, by question id. */
    public record Answers(Map<String, QuestionModel.AnswerState> answers) {
    }

    @Override
    public Optional<DraftPart<?>> draft() {
        return Optional.of(new DraftPart<>(DRAFT_KEY, Answers.class, () -> new Answers(vm.state()),
                saved -> vm.restore(saved == null ? null : saved.answers())));
    }
}
