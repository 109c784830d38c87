package dev.intake.wizard;

import dev.intake.ats.Candidate;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.Job;
import dev.intake.store.HistoryLabels;
import dev.intake.wizard.candidate.CandidateStepViewModel;
import dev.intake.wizard.documents.DocumentsStepViewModel;
import dev.intake.wizard.job.JobStepViewModel;
import dev.intake.wizard.questionnaire.QuestionnaireStepViewModel;
import java.util.List;
import java.util.Objects;

/**
 * What the wizard hands to the outbox, read from its steps: the request itself, and how history names the
 * candidate and the job where the request carries only their ids.
 */
final class WizardRequest {
    private WizardRequest() {
    }

    /** The request Submit would send now, built from the steps (on the UI thread; immutable afterwards). */
    static CreateApplicationRequest build(CandidateStepViewModel candidate, JobStepViewModel job,
            QuestionnaireStepViewModel questionnaire, DocumentsStepViewModel documents) {
        List<CreateApplicationRequest.DocumentUpload> uploads = documents.uploads();
        return new CreateApplicationRequest(
                job.passthroughValue(),
                job.job().get() == null ? null : job.job().get().id(),
                job.posting().get() == null ? null : job.posting().get().id(),
                job.location().get() == null ? null : job.location().get().id(),
                job.applicationStatusValue(),
                questionnaire.isApplicable() ? questionnaire.answers() : null,
                job.source(),
                candidate.candidateId(),
                candidate.newCandidate(),
                uploads.isEmpty() ? null : uploads);
    }

    /** How history names this application's candidate and job where the request has only their ids. */
    static HistoryLabels historyLabels(CandidateStepViewModel candidate, JobStepViewModel job) {
        Candidate existing = candidate.candidateId() == null ? null : candidate.chosen().get();
        Job picked = job.job().get();
        String email = existing == null ? null : existing.email() != null ? existing.email()
                : existing.emails() == null ? null : existing.emails().stream().map(Candidate.Email::value)
                        .filter(Objects::nonNull).findFirst().orElse(null);
        return new HistoryLabels(existing == null ? null : existing.displayName(), email,
                picked == null ? null : picked.title());
    }
}
