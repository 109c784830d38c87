package dev.intake.accounts;

/** What a connection test found, in the terms the user can act on. */
public enum ConnectionOutcome {
    CONNECTED,
    WRONG_KEY,
    NO_ACCESS,
    UNKNOWN_ACCOUNT,
    INTEGRATION_DISABLED,
    RATE_LIMITED,
    SERVER_TROUBLE,
    UNEXPECTED_ANSWER,
    TLS_TROUBLE,
    NETWORK_TROUBLE,
    INVALID_URL,
    INVALID_KEY,
    MISSING_ACCOUNT;

    public boolean connected() {
        return this == CONNECTED;
    }
}
