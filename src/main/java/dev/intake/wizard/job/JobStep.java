package dev.intake.wizard.job;

import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.Job;
import dev.intake.ats.JobPosting;
import dev.intake.ats.Location;
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

/** The job step in a wizard's list: job, posting, location, source and status. */
public final class JobStep implements WizardPage {
    /** The key of this page's part of a draft. */
    public static final String DRAFT_KEY = "job";

    private final JobStepViewModel vm;
    private final Messages messages;

    public JobStep(JobStepViewModel vm, Messages messages) {
        this.vm = Objects.requireNonNull(vm);
        this.messages = Objects.requireNonNull(messages);
    }

    @Override
    public WizardStep step() {
        return WizardStep.JOB;
    }

    @Override
    public Optional<StepViewModel> form() {
        return Optional.of(vm);
    }

    @Override
    public StepView view(StepContext context) {
        return new JobStepController(vm, context.messages());
    }

    @Override
    public void start() {
        vm.start();
    }

    @Override
    public void contribute(RequestParts parts) {
        Job job = vm.job().get();
        JobPosting posting = vm.posting().get();
        Location location = vm.location().get();
        parts.job(job == null ? null : job.id(), posting == null ? null : posting.id(),
                location == null ? null : location.id(), job == null ? null : job.title());
        parts.source(vm.source());
        parts.applicationStatus(vm.applicationStatusValue());
        parts.passthrough(vm.passthroughValue());
    }

    @Override
    public List<ApplicationSummary.Line> reviewLines(CreateApplicationRequest request) {
        ReviewLines lines = new ReviewLines(messages);
        if (vm.job().get() != null) {
            lines.add("job.job", vm.job().get().title());
        }
        if (vm.posting().get() != null) {
            lines.add("job.posting", vm.posting().get().title());
        }
        if (vm.location().get() != null) {
            lines.add("job.location", vm.location().get().name());
        }
        lines.add("job.source", vm.sourceName().get());
        if (vm.applicationStatus().get() != null || !vm.statusSourceValue().get().isBlank()) {
            String words = vm.statusLabel(vm.applicationStatus().get());
            String stage = vm.statusSourceValue().get().strip();
            lines.add("job.status", stage.isEmpty() ? words : words + " · " + stage);
        }
        Map<String, Object> passthrough = vm.passthroughValue();
        if (passthrough != null) {
            lines.line(messages.get("job.passthrough"), ReviewLines.compact(passthrough));
        }
        return lines.lines();
    }

    /** The job stays for a new applicant; the same candidate picks another. */
    @Override
    public boolean startNext(NextApplication next) {
        if (next == NextApplication.SAME_CANDIDATE) {
            vm.clearJob();
            return false;
        }
        return true;
    }

    /** The source typed for this application is offered first next time. */
    @Override
    public void submitted() {
        vm.rememberSource();
    }

    @Override
    public Optional<DraftPart<?>> draft() {
        return Optional.of(new DraftPart<>(DRAFT_KEY, JobStepViewModel.State.class, vm::state, state -> {
            if (state != null) {
                vm.restore(state);
            }
        }));
    }
}
