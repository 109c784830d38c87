package dev.intake.outbox;

import dev.intake.ats.CreateApplicationRequest;
import java.util.List;
import java.util.function.Consumer;

/**
 * Write-ahead sending of applications: {@link #submit} commits the submission to the local database before any
 * byte goes to the ATS, then a background worker sends it. All methods may block on SQLite: never call them on the
 * UI thread. Listeners are called on a background thread with immutable snapshots.
 */
public interface Outbox {
    /**
     * Records the request durably (state QUEUED) and schedules sending; returns the stored submission.
     * {@code jobTitle} is the job's title as the user picked it, for history to show; null when not known.
     */
    Submission submit(String profileId, CreateApplicationRequest request, String jobTitle);

    /** As above, for a request whose job's title is not known (one read from a file): history shows the job id. */
    default Submission submit(String profileId, CreateApplicationRequest request) {
        return submit(profileId, request, null);
    }

    /**
     * Sends a REJECTED submission again after the user edited it (the user's decision), or a waiting one now.
     * {@code jobTitle} as for {@link #submit}; when null, the title stays if the job did not change.
     */
    Submission resubmit(long localId, CreateApplicationRequest editedRequest, String jobTitle);

    /** As above, with the job's title not known. */
    default Submission resubmit(long localId, CreateApplicationRequest editedRequest) {
        return resubmit(localId, editedRequest, null);
    }

    /** Asks to send a WAITING_TO_RETRY submission now, or to re-check an OUTCOME_UNKNOWN one with the ATS. */
    void retryNow(long localId);

    /** The user decided an OUTCOME_UNKNOWN submission was not created: it may be sent again. */
    void confirmNotCreated(long localId);

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
