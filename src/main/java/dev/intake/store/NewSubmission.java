package dev.intake.store;

import dev.intake.ats.CreateApplicationRequest;
import java.time.Instant;
import java.util.List;

/**
 * A submission to record: who it goes to, what, how history names it, and when it was made; where it came from
 * and its once-only key (each may be null), the note and documents to send after the create (null or empty for
 * none), whether to look the candidate up by email before the first send, and the once-only key of an earlier
 * submission of the same candidate that it follows (null for none).
 */
public record NewSubmission(String profileId, CreateApplicationRequest request, HistoryLabels labels, Instant at,
        String origin, String onceKey, String noteText, List<DocumentUpload> documents,
        boolean reuseCandidateByEmail, String sameCandidateAs) {
    public NewSubmission {
        noteText = noteText == null || noteText.isBlank() ? null : noteText;
        documents = documents == null ? List.of() : List.copyOf(documents);
        sameCandidateAs = sameCandidateAs == null || sameCandidateAs.isBlank() ? null : sameCandidateAs;
    }

    /** A submission that follows no earlier one. */
    public NewSubmission(String profileId, CreateApplicationRequest request, HistoryLabels labels, Instant at,
            String origin, String onceKey, String noteText, List<DocumentUpload> documents,
            boolean reuseCandidateByEmail) {
        this(profileId, request, labels, at, origin, onceKey, noteText, documents, reuseCandidateByEmail, null);
    }

    /** A submission made in the wizard: no origin, no key, nothing after the create. */
    public NewSubmission(String profileId, CreateApplicationRequest request, HistoryLabels labels, Instant at) {
        this(profileId, request, labels, at, null, null, null, List.of(), false);
    }
}
