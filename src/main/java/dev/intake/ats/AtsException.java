package dev.intake.ats;

/** Anything that went wrong talking to the ATS. Messages never carry credentials. */
public abstract sealed class AtsException extends RuntimeException
        permits AtsHttpException, AtsNetworkException, InvalidRequestException {
    private static final long serialVersionUID = 1L;

    protected AtsException(String message) {
        super(message);
    }

    protected AtsException(String message, Throwable cause) {
        super(message, cause);
    }
}
