package dev.intake.ats;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * What Intake needs from a StackOne ATS account. Blocking methods throw {@link AtsException}; async ones complete
 * exceptionally with it, and cancelling their future cancels the HTTP call. Never resends a create by itself.
 */
public interface Ats extends UploadSource {
    /** {@code POST /unified/ats/applications}; refuses a bad candidate choice before sending. */
    CreateResult createApplication(CreateApplicationRequest request);

    CompletableFuture<CreateResult> createApplicationAsync(CreateApplicationRequest request);

    /** An ATS that cannot tell how far an upload got never calls {@code listener}. */
    @Override
    default Runnable addUploadListener(Consumer<Upload> listener) {
        return () -> {
        };
    }

    /** {@code GET /unified/ats/jobs}; {@code status} is the spec's filter (open, draft) or null for all. */
    PageSource<Job> jobs(String status, int pageSize);

    /** {@code GET /unified/ats/job_postings} with questionnaires included. */
    PageSource<JobPosting> jobPostings(int pageSize);

    /** {@code GET /unified/ats/locations}. */
    PageSource<Location> locations(int pageSize);

    /** {@code GET /unified/ats/departments}. */
    PageSource<Department> departments(int pageSize);

    /** {@code GET /unified/ats/candidates?filter[email]=...}. */
    PageSource<Candidate> candidatesByEmail(String email, int pageSize);

    /** {@code GET /unified/ats/candidates/{id}}. */
    Candidate candidate(String id);

    /** {@code GET /unified/ats/custom_field_definitions/candidates}. */
    PageSource<CustomFieldDefinition> candidateCustomFieldDefinitions(int pageSize);

    /** {@code GET /unified/ats/documents/application_categories}. */
    PageSource<DocumentCategory> documentCategories(int pageSize);

    /** {@code GET /unified/ats/jobs/{id}/application_stages}. */
    PageSource<ApplicationStage> applicationStages(String jobId, int pageSize);

    /** {@code GET /unified/ats/users}: recruiters, hiring managers, interviewers. */
    PageSource<AtsUser> users(int pageSize);

    /** {@code GET /unified/ats/applications}, optionally filtered by job and creation time (ISO-8601 or null). */
    PageSource<Application> applications(String jobId, String createdAfter, int pageSize);

    /**
     * {@code GET /unified/ats/applications/{id}}: one application by its id. Unlike lists and searches, which real
     * ATSs fill only a while after a create, a read by id shows a created application at once.
     */
    Application application(String id);

    /**
     * {@code POST /unified/ats/applications/{id}/notes}. Errors as the create's: an {@link AtsHttpException} with the
     * status and StackOne's error body, or an {@link AtsNetworkException} saying whether the body may have arrived.
     */
    CreateResult createNote(String applicationId, CreateNoteRequest request);

    /** {@code GET /unified/ats/applications/{id}/notes}. */
    PageSource<Note> applicationNotes(String applicationId, int pageSize);

    /**
     * {@code POST /unified/ats/applications/{id}/documents/upload} ({@code AtsDocumentsUploadRequestDto}, the same
     * fields as a document sent with the create); errors as {@link #createNote}'s.
     */
    CreateResult uploadDocument(String applicationId, CreateApplicationRequest.DocumentUpload document);
}
