package dev.intake.store;

import dev.intake.outbox.Submission;
import java.time.Instant;

/**
 * A submission with the outbox's own bookkeeping, which the UI does not need: when it was first sent (the
 * earliest moment the ATS may have created it), consecutive transient failures (for backoff), whether an earlier
 * attempt may already have created it (so it is checked before any resend), whether the user asked to cancel, and
 * how history names its candidate and job.
 */
public record StoredSubmission(Submission submission, Instant firstSentAt, int failures, boolean mayExist,
        boolean cancelRequested, HistoryLabels labels) {
    public long localId() {
        return submission.localId();
    }
}
