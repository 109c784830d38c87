package dev.intake.store;

import java.time.Instant;
import java.util.List;

/**
 * A submission with the outbox's own bookkeeping, which the UI does not need: when it was first sent (the
 * earliest moment the ATS may have created it) and when the latest send started, consecutive transient failures
 * (for backoff), whether an earlier attempt may already have created it (so it is never resent without a person's
 * decision), whether the user asked to cancel, how history names its candidate and job, when the ATS was asked
 * about the latest send (oldest first), the earliest moment the ATS allows another try, and the version of the
 * request (raised by every edit). Also whether the candidate is to be looked up by email before the first send and
 * what that found ({@code emailLookup}: null until done, empty when nobody, else the candidate id to reuse, which
 * for a submission that follows an earlier one is that one's candidate), the follow-up note's consecutive failures
 * and next try, and the once-only key of the earlier submission of the same candidate it follows ({@code
 * sameCandidateAs}, null for none).
 */
public record StoredSubmission(Submission submission, Instant firstSentAt, int failures, boolean mayExist,
        boolean cancelRequested, HistoryLabels labels, Instant lastSentAt, List<Instant> outcomeChecks,
        Instant notBefore, int requestVersion, boolean reuseByEmail, String emailLookup, int noteAttempts,
        Instant noteNextAt, String sameCandidateAs) {
    public StoredSubmission {
        outcomeChecks = List.copyOf(outcomeChecks);
    }

    public long localId() {
        return submission.localId();
    }
}
