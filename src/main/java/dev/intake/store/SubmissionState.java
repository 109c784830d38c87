package dev.intake.store;

/** Where a submission stands. Only QUEUED and WAITING_TO_RETRY are ever sent (again) automatically. */
public enum SubmissionState {
    /** Recorded locally, not yet sent. */
    QUEUED,
    /** A send is in flight. */
    SENDING,
    /** The ATS created the application; its ids are kept. */
    CREATED,
    /** The ATS refused it (a 4xx the user must fix); editable and resubmittable. */
    REJECTED,
    /** Certainly not created (no connection, 429, 503): sent again after a backoff, never before a Retry-After. */
    WAITING_TO_RETRY,
    /**
     * The body may have reached the ATS (dropped or timed out after it, 408, 500, 502, 504): checked with the ATS
     * after a settle delay and again later; never resent unless a person decides so.
     */
    OUTCOME_UNKNOWN,
    /** Withdrawn by the user before it could reach the ATS; kept in history, never sent automatically. */
    CANCELLED,
    /**
     * Not sent: the candidate found by the email look-up already has an application on this job in the ATS. Never
     * created again; kept in history with the candidate found.
     */
    ALREADY_IN_ATS
}
