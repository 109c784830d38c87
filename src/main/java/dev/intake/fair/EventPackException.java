package dev.intake.fair;

import dev.intake.ats.AtsException;
import dev.intake.ats.AtsHttpException;
import dev.intake.ats.AtsNetworkException;
import dev.intake.common.UserMessage;

/** Fetching an event's pack failed; {@link #userMessage()} says why and what to do, without any secret. */
public final class EventPackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient UserMessage userMessage;

    public EventPackException(UserMessage userMessage, Throwable cause) {
        super(userMessage.english(), cause);
        this.userMessage = userMessage;
    }

    public UserMessage userMessage() {
        return userMessage;
    }

    /** The message for a failure of the ATS call: sign-in, permission, rate limit, server or network. */
    static EventPackException of(AtsException failure) {
        if (failure instanceof AtsHttpException http) {
            int status = http.status();
            String key = switch (status) {
                case 401 -> "fair.pack.unauthorized";
                case 403 -> "fair.pack.forbidden";
                case 429 -> "fair.pack.rateLimited";
                default -> status >= 500 ? "fair.pack.serverError" : "fair.pack.refused";
            };
            return new EventPackException(UserMessage.of(key, status), failure);
        }
        if (failure instanceof AtsNetworkException) {
            return new EventPackException(UserMessage.of("fair.pack.unreachable"), failure);
        }
        return new EventPackException(UserMessage.of("fair.pack.refused", "?"), failure);
    }
}
