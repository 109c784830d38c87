package dev.intake.ats;

/**
 * No usable HTTP answer: connection refused, DNS, TLS, timeout, a dropped connection, or a body that could not
 * be read. {@link #mayHaveReachedServer()} decides whether a create may be resent.
 */
public final class AtsNetworkException extends AtsException {
    private static final long serialVersionUID = 1L;
    private final boolean mayHaveReachedServer;

    public AtsNetworkException(String message, boolean mayHaveReachedServer, Throwable cause) {
        super(message, cause);
        this.mayHaveReachedServer = mayHaveReachedServer;
    }

    /**
     * False only when it is certain the request never reached the server (for example the connection was never
     * established); true when the body may have been sent, so a create may already exist.
     */
    public boolean mayHaveReachedServer() {
        return mayHaveReachedServer;
    }
}
