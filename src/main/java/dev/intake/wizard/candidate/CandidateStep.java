package dev.intake.wizard.candidate;

import dev.intake.ats.Candidate;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.NewCandidate;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The candidate step in a wizard's list: an existing candidate or a new one, typed in full. */
public final class CandidateStep implements WizardPage {
    /** The key of this page's part of a draft. */
    public static final String DRAFT_KEY = "candidate";

    private final CandidateStepViewModel vm;
    private final Messages messages;

    public CandidateStep(CandidateStepViewModel vm, Messages messages) {
        this.vm = Objects.requireNonNull(vm);
        this.messages = Objects.requireNonNull(messages);
    }

    @Override
    public WizardStep step() {
        return WizardStep.CANDIDATE;
    }

    @Override
    public Optional<StepViewModel> form() {
        return Optional.of(vm);
    }

    @Override
    public StepView view(StepContext context) {
        return new CandidateStepController(vm, context.messages());
    }

    @Override
    public void start() {
        vm.loadCustomFieldDefinitions();
    }

    @Override
    public void contribute(RequestParts parts) {
        String id = vm.candidateId();
        Candidate existing = id == null ? null : vm.chosen().get();
        String email = existing == null ? null : existing.email() != null ? existing.email()
                : existing.emails() == null ? null : existing.emails().stream().map(Candidate.Email::value)
                        .filter(Objects::nonNull).findFirst().orElse(null);
        parts.candidate(id, vm.newCandidate(), existing == null ? null : existing.displayName(), email);
    }

    @Override
    public List<ApplicationSummary.Line> reviewLines(CreateApplicationRequest request) {
        ReviewLines lines = new ReviewLines(messages);
        if (request.candidateId() != null) {
            Candidate chosen = vm.chosen().get();
            lines.add("review.existingCandidate", chosen == null ? request.candidateId()
                    : chosen.displayName() + (chosen.email() == null ? "" : " <" + chosen.email() + ">"));
            lines.add("review.candidateId", request.candidateId());
            return lines.lines();
        }
        NewCandidate c = request.candidate();
        if (c == null) {
            return lines.lines();
        }
        lines.add("candidate.name", c.name());
        lines.add("candidate.email", c.email());
        if (c.phoneNumbers() != null) {
            c.phoneNumbers().forEach(p -> lines.line(messages.get("candidate.phone"),
                    p.phone() + " (" + messages.getOr("phone.type." + p.type(), p.type()) + ")"));
        }
        if (c.socialLinks() != null) {
            c.socialLinks().forEach(s -> lines.line(messages.getOr("link.type." + s.type(), s.type()), s.url()));
        }
        lines.add("candidate.company", c.company());
        lines.add("candidate.title", c.title());
        lines.add("candidate.country", c.country());
        if (c.hiredAt() != null) {
            lines.add("candidate.hiredDate", c.hiredAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
        }
        for (CustomFieldInput input : vm.customFields()) {
            input.display().ifPresent(value -> lines.line(input.label(), value));
        }
        if (c.unifiedCustomFields() != null) {
            c.unifiedCustomFields().forEach((key, value) -> lines.line(key, String.valueOf(value)));
        }
        if (c.passthrough() != null) {
            lines.line(messages.get("candidate.passthrough"), ReviewLines.compact(c.passthrough()));
        }
        return lines.lines();
    }

    /** A new applicant starts here, empty; the same candidate stays (found again by email if just created). */
    @Override
    public boolean startNext(NextApplication next) {
        if (next == NextApplication.NEW_APPLICANT) {
            vm.clear();
            return false;
        }
        if (vm.modeProperty().get() == CandidateStepViewModel.Mode.NEW) {
            String email = vm.applicantEmail();
            if (email != null) {
                vm.useCandidateByEmail(email);
            }
        }
        return true;
    }

    @Override
    public Optional<DraftPart<?>> draft() {
        return Optional.of(new DraftPart<>(DRAFT_KEY, CandidateStepViewModel.State.class, vm::state, state -> {
            if (state != null) {
                vm.restore(state);
            }
        }));
    }
}
