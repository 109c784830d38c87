package dev.intake.store;

import dev.intake.ats.CreateApplicationRequest;
import java.time.Instant;

/**
 * One application handed to the outbox, as stored: the full request (never credentials), its state and, when
 * known, the ATS ids or the error to show.
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
        String errorMessage) {
}
