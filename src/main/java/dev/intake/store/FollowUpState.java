package dev.intake.store;

/**
 * Where a part sent after the application was created stands: its follow-up note or an uploaded document. A part
 * never makes the application be sent again: it waits for the application to be created and then goes on its own.
 */
public enum FollowUpState {
    /** Not yet sent, or waiting to be sent again after a failure that proves it did not arrive (see the error). */
    PENDING,
    /** The ATS took it. */
    SENT,
    /** The ATS refused it (a 4xx), or the application it belongs to was never created; kept with the message. */
    FAILED
}
