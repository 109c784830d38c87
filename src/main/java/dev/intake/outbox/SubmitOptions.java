package dev.intake.outbox;

import dev.intake.store.DocumentUpload;
import java.util.List;

/**
 * What a submission carries besides its request. All parts may be null (or empty).
 *
 * @param origin how history groups and labels it: {@code import:<file name>}, {@code event:<event id>}
 * @param onceKey unique across all submissions: a second submit with the same key stores nothing
 * @param noteText posted as a note on the application once it is created (never resends the application)
 * @param reuseCandidateByEmail before the create, look the email up; reuse the candidate id found, or settle as
 *         ALREADY_IN_ATS when that candidate already has an application on the job
 * @param documents uploaded onto the application once it is created, after the note (never resend the application)
 * @param sameCandidateAs the once-only key of an earlier submission of the same person, or null: this one is never
 *         sent before that one is settled; once that one is in the ATS this one goes onto its candidate (on the same
 *         job: onto its application, as ALREADY_IN_ATS) and never makes a second candidate; once that one is
 *         refused or cancelled, or when no submission has that key, this one is sent as any other
 */
public record SubmitOptions(String origin, String onceKey, String noteText, boolean reuseCandidateByEmail,
        List<DocumentUpload> documents, String sameCandidateAs) {
    public static final SubmitOptions NONE = new SubmitOptions(null, null, null, false);

    public SubmitOptions {
        documents = documents == null ? List.of() : List.copyOf(documents);
        sameCandidateAs = sameCandidateAs == null || sameCandidateAs.isBlank() ? null : sameCandidateAs;
    }

    /** Following no earlier submission. */
    public SubmitOptions(String origin, String onceKey, String noteText, boolean reuseCandidateByEmail,
            List<DocumentUpload> documents) {
        this(origin, onceKey, noteText, reuseCandidateByEmail, documents, null);
    }

    /** Without documents to upload. */
    public SubmitOptions(String origin, String onceKey, String noteText, boolean reuseCandidateByEmail) {
        this(origin, onceKey, noteText, reuseCandidateByEmail, List.of());
    }
}
