package dev.intake.store;

import java.time.Instant;

/**
 * One line of history: enough to list, filter and act on a submission without loading its request body.
 * {@code origin}: where it came from ({@code import:<file>}, {@code event:<id>}), null when typed in the wizard.
 */
public record HistoryEntry(long localId, String profileId, Instant createdAt, Instant updatedAt,
        SubmissionState state, String candidateName, String candidateEmail, String candidateId, String jobId,
        String jobTitle,
        String applicationId, String remoteApplicationId, int attempts, Instant nextAttemptAt, Integer errorStatus,
        String errorMessage, String origin) {
}
