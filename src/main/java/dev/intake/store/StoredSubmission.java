package dev.intake.store;

import dev.intake.outbox.Submission;
import java.time.Instant;

/**
 * A submission with the outbox's own bookkeeping, which the UI does not need: when it was first sent (the
 * earliest moment the ATS may have created it), consecutive transient failures (for backoff), whether an earlier
 * attempt may already have created it (so it is checked before any resend), and whether the user asked to cancel.
 */
public record StoredSubmission(Submission submission, Instant firstSentAt, int failures, boolean mayExist,
        boolean cancelRequested) {
    public long localId() {
        return submission.localId();
    }
}
