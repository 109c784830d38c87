package dev.intake.store;

/** The local database failed; the message says what the user can do, never shows stored personal data. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
