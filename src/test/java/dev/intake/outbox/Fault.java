package dev.intake.outbox;

import java.time.Duration;

/** What the fake ATS does with one call instead of (or besides) answering normally. */
public record Fault(Type type, int status, Duration retryAfter) {
    public enum Type {
        /** Answer normally. */
        NONE,
        /** Answer with an HTTP error and do nothing. */
        HTTP,
        /** The connection could not be made: certainly not sent. */
        NOT_CONNECTED,
        /** The body left, the connection broke before the ATS acted on it: not created, but nobody can tell. */
        LOST_BEFORE_CREATE,
        /** The ATS created the application, then the connection broke before the answer came back. */
        CREATED_THEN_DROPPED,
        /** The ATS created the application, then answered 500. */
        CREATED_THEN_500,
        /** The ATS created the application, then answered {@link #status} (a gateway's 502 or 504, a 408...). */
        CREATED_THEN_STATUS,
        /** The process dies before the request leaves. */
        CRASH_BEFORE_SEND,
        /** The process dies after the ATS created the application, before the answer is recorded. */
        CRASH_AFTER_CREATE
    }

    public static final Fault NONE = new Fault(Type.NONE, 0, null);

    public static Fault http(int status) {
        return new Fault(Type.HTTP, status, null);
    }

    public static Fault http(int status, Duration retryAfter) {
        return new Fault(Type.HTTP, status, retryAfter);
    }

    public static Fault createdThen(int status) {
        return new Fault(Type.CREATED_THEN_STATUS, status, null);
    }

    public static Fault of(Type type) {
        return new Fault(type, 0, null);
    }
}
