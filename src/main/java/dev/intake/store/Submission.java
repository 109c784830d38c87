package dev.intake.store;

import dev.intake.ats.CreateApplicationRequest;
import java.time.Instant;
import java.util.List;

/**
 * One application handed to the outbox, as stored: the full request (never credentials), its state and, when
 * known, the ATS ids or the error to show. Also how it came ({@code origin}, such as {@code import:<file name>} or
 * {@code event:<event id>}; null for the wizard), the key that made it once only (or null), and what goes after
 * the create: the follow-up note (null when none) and the documents to upload (empty when none).
 */
public record Submission(
        long localId,
        String profileId,
        Instant createdAt,
        Instant updatedAt,
        CreateApplicationRequest request,
        SubmissionState state,
        int attempts,
        Instant nextAttemptAt,
        String applicationId,
        String remoteApplicationId,
        String responseJson,
        Integer errorStatus,
        String errorMessage,
        String origin,
        String onceKey,
        FollowUp note,
        List<FollowUp> documents) {
    public Submission {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** A submission with no origin, no key and nothing to send after the create. */
    public Submission(long localId, String profileId, Instant createdAt, Instant updatedAt,
            CreateApplicationRequest request, SubmissionState state, int attempts, Instant nextAttemptAt,
            String applicationId, String remoteApplicationId, String responseJson, Integer errorStatus,
            String errorMessage) {
        this(localId, profileId, createdAt, updatedAt, request, state, attempts, nextAttemptAt, applicationId,
                remoteApplicationId, responseJson, errorStatus, errorMessage, null, null, null, List.of());
    }

    /** The follow-up note's text, or null when none goes with it. */
    public String noteText() {
        return note == null ? null : note.label();
    }

    /** The follow-up note's state, or null when none goes with it. */
    public FollowUpState noteState() {
        return note == null ? null : note.state();
    }
}
