package dev.intake.accounts;

import dev.intake.common.UserMessage;
import java.util.Objects;

/** A connection test's verdict and the sentence that explains it. */
public record ConnectionReport(ConnectionOutcome outcome, UserMessage message) {
    public ConnectionReport {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
    }
}
