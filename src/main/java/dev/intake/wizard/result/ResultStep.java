package dev.intake.wizard.result;

import dev.intake.wizard.step.StepContext;
import dev.intake.wizard.step.StepView;
import dev.intake.wizard.step.StepViewModel;
import dev.intake.wizard.step.WizardPage;
import dev.intake.wizard.step.WizardStep;
import java.util.Objects;
import java.util.Optional;

/** The result in a wizard's list: what came of the submission, and what to enter next. */
public final class ResultStep implements WizardPage {
    private final SubmissionViewModel vm;

    public ResultStep(SubmissionViewModel vm) {
        this.vm = Objects.requireNonNull(vm);
    }

    @Override
    public WizardStep step() {
        return WizardStep.RESULT;
    }

    @Override
    public Optional<StepViewModel> form() {
        return Optional.empty();
    }

    @Override
    public StepView view(StepContext context) {
        return new ResultStepController(vm, context.messages(), context.actions());
    }

    /** Not a step the user works through: the indicator does not list it. */
    @Override
    public boolean listed() {
        return false;
    }
}
