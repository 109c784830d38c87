package dev.intake.outbox;

import dev.intake.ats.CreateApplicationRequest;
import dev.intake.store.HistoryLabels;
import dev.intake.store.Submission;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Write-ahead sending of applications: {@link #submit} commits the submission to the local database before any
 * byte goes to the ATS, then a background worker sends it. All methods may block on SQLite: never call them on the
 * UI thread. Listeners are called on a background thread with immutable snapshots.
 */
public interface Outbox {
    /**
     * Records the request durably (state QUEUED) and schedules sending; returns the stored submission.
     * {@code labels}: how history names the candidate and job where the request has only their ids.
     */
    default Submission submit(String profileId, CreateApplicationRequest request, HistoryLabels labels) {
        return submit(profileId, request, labels, SubmitOptions.NONE).submission();
    }

    /**
     * As above, with where it came from, a once-only key, and what goes after the create (see {@link
     * SubmitOptions}). A key stored before stores nothing: the answer is the stored submission, marked already
     * known, also when two callers submit the same key at once.
     */
    Submitted submit(String profileId, CreateApplicationRequest request, HistoryLabels labels,
            SubmitOptions options);

    /** Every submission with this origin, oldest first. */
    List<Submission> byOrigin(String origin);

    /** The submission stored with this once-only key. */
    Optional<Submission> byOnceKey(String onceKey);

    /** As above, for a request read from a file: history names what the request names, and ids otherwise. */
    default Submission submit(String profileId, CreateApplicationRequest request) {
        return submit(profileId, request, HistoryLabels.NONE);
    }

    /**
     * Sends a REJECTED submission again after the user edited it (the user's decision), or a waiting one now.
     * Refused (IllegalStateException saying why) while the ATS may already have it: sending, or not yet confirmed.
     * {@code labels} as for {@link #submit}; a part not known keeps the old name while the edited request still
     * has the same candidate id or job id.
     */
    Submission resubmit(long localId, CreateApplicationRequest editedRequest, HistoryLabels labels);

    /** As above, with no names known. */
    default Submission resubmit(long localId, CreateApplicationRequest editedRequest) {
        return resubmit(localId, editedRequest, HistoryLabels.NONE);
    }

    /**
     * Asks to send a WAITING_TO_RETRY submission now (never before the ATS's Retry-After), or to check an
     * OUTCOME_UNKNOWN one that waits for a decision with the ATS again now (a check, never a resend; a check still
     * planned keeps its time).
     */
    void retryNow(long localId);

    /** The user decided an OUTCOME_UNKNOWN submission was not created: it may be sent again. */
    void confirmNotCreated(long localId);

    /**
     * The user decided an OUTCOME_UNKNOWN submission was created (they saw it in the ATS): it becomes CREATED,
     * without ATS ids, and is never sent again. Returns the settled submission.
     *
     * @throws IllegalStateException when the submission is in another state, saying which and why
     */
    Submission confirmCreated(long localId);

    /**
     * The user pressed Cancel. A submission not yet sent becomes CANCELLED; one in flight has its HTTP call
     * cancelled and becomes CANCELLED when the body certainly did not reach the ATS, else OUTCOME_UNKNOWN (to be
     * checked, never resent blindly). A settled submission is returned unchanged.
     */
    Submission cancel(long localId);

    /** Submissions not yet settled (queued, sending, waiting to retry, outcome unknown), oldest first. */
    List<Submission> pending();

    Submission get(long localId);

    /** Called with each submission whose state changed. Returns a handle that removes the listener. */
    Runnable addListener(Consumer<Submission> listener);
}
