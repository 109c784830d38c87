package dev.intake.outbox;

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
    /** Certainly not created (no connection, 408, 429, 5xx before an answer): sent again after a backoff. */
    WAITING_TO_RETRY,
    /** The connection broke after the body may have reached the ATS: never resent blindly, checked with the ATS. */
    OUTCOME_UNKNOWN,
    /** Withdrawn by the user before it could reach the ATS; kept in history, never sent automatically. */
    CANCELLED
}
