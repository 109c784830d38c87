package dev.intake.wizard.review;

import dev.intake.wizard.step.ApplicationSummary;
import dev.intake.wizard.step.StepContext;
import dev.intake.wizard.step.StepView;
import dev.intake.wizard.step.StepViewModel;
import dev.intake.wizard.step.WizardPage;
import dev.intake.wizard.step.WizardStep;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** The review in a wizard's list: the application's summary, read again each time the page is shown. */
public final class ReviewStep implements WizardPage {
    private final ReviewStepViewModel vm;

    public ReviewStep(ReviewStepViewModel vm) {
        this.vm = Objects.requireNonNull(vm);
    }

    @Override
    public WizardStep step() {
        return WizardStep.REVIEW;
    }

    @Override
    public Optional<StepViewModel> form() {
        return Optional.empty();
    }

    @Override
    public StepView view(StepContext context) {
        return new ReviewStepController(vm, context.messages(), context.actions());
    }

    @Override
    public void showing(Supplier<ApplicationSummary> summary) {
        vm.refresh(summary.get());
    }
}
