package dev.intake.accounts;

/** The credential store could not be used. The message names the store and the fix, never a secret. */
public final class CredentialStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CredentialStoreException(String message) {
        super(message);
    }

    public CredentialStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
