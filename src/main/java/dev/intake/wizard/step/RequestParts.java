package dev.intake.wizard.step;

import dev.intake.ats.CodedValue;
import dev.intake.ats.CreateApplicationRequest.QuestionnaireAnswers;
import dev.intake.ats.CreateApplicationRequest.SourceRef;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.NewCandidate;
import dev.intake.store.HistoryLabels;
import java.util.List;
import java.util.Map;

/**
 * The request being put together on the UI thread: each step of the list sets its parts, then {@link #request()}
 * makes the immutable request. A part no step sets stays out of the request.
 */
public final class RequestParts {
    private Map<String, Object> passthrough;
    private String jobId;
    private String jobPostingId;
    private String locationId;
    private CodedValue applicationStatus;
    private List<QuestionnaireAnswers> questionnaires;
    private SourceRef source;
    private String candidateId;
    private NewCandidate candidate;
    private List<CreateApplicationRequest.DocumentUpload> documents;
    private String candidateName;
    private String candidateEmail;
    private String jobTitle;

    /** An existing candidate by id, with how history names them; or a new one, typed in full. */
    public void candidate(String id, NewCandidate typed, String name, String email) {
        this.candidateId = id;
        this.candidate = typed;
        this.candidateName = name;
        this.candidateEmail = email;
    }

    /** The job, its posting and location (ids or null), with the job's title for history. */
    public void job(String jobId, String postingId, String locationId, String title) {
        this.jobId = jobId;
        this.jobPostingId = postingId;
        this.locationId = locationId;
        this.jobTitle = title;
    }

    public void source(SourceRef source) {
        this.source = source;
    }

    public void applicationStatus(CodedValue status) {
        this.applicationStatus = status;
    }

    public void passthrough(Map<String, Object> passthrough) {
        this.passthrough = passthrough;
    }

    /** The questionnaire's answers; null when there is no questionnaire to answer. */
    public void questionnaires(List<QuestionnaireAnswers> answers) {
        this.questionnaires = answers;
    }

    /** The files to send; an empty list sends none. */
    public void documents(List<CreateApplicationRequest.DocumentUpload> uploads) {
        this.documents = uploads == null || uploads.isEmpty() ? null : uploads;
    }

    public CreateApplicationRequest request() {
        return new CreateApplicationRequest(passthrough, jobId, jobPostingId, locationId, applicationStatus,
                questionnaires, source, candidateId, candidate, documents);
    }

    /** How history names the candidate and the job where the request carries only their ids. */
    public HistoryLabels labels() {
        return new HistoryLabels(candidateName, candidateEmail, jobTitle);
    }
}
