package dev.intake.store;

import dev.intake.outbox.Submission;
import java.time.Instant;

/**
 * A submission with the outbox's own bookkeeping, which the UI does not need: when it was first sent (the
 * earliest moment the ATS may have created it), consecutive transient failures (for backoff), whether an earlier
 * attempt may already have created it (so it is checked before any resend), whether the user asked to cancel, and
 * the title of the job as the user picked it (null when not known), which history shows.
 */
public record StoredSubmission(Submission submission, Instant firstSentAt, int failures, boolean mayExist,
        boolean cancelRequested, String jobTitle) {
    public long localId() {
        return submission.localId();
    }
}
