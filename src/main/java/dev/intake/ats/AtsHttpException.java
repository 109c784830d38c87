package dev.intake.ats;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The ATS answered with an error status. {@link #kind()} tells which documented status it was. */
public final class AtsHttpException extends AtsException {
    private static final long serialVersionUID = 1L;

    /** The statuses StackOne documents for its ATS operations, and OTHER for anything else. */
    public enum Kind {
        BAD_REQUEST(400), UNAUTHORIZED(401), FORBIDDEN(403), NOT_FOUND(404), REQUEST_TIMED_OUT(408),
        CONFLICT(409), PRECONDITION_FAILED(412), UNPROCESSABLE(422), TOO_MANY_REQUESTS(429),
        SERVER_ERROR(500), NOT_IMPLEMENTED(501), BAD_GATEWAY(502), OTHER(0);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public static Kind of(int status) {
            for (Kind kind : values()) {
                if (kind.status == status) {
                    return kind;
                }
            }
            return OTHER;
        }

    }

    /** One entry of {@code provider_errors}: what the underlying ATS said. */
    public record ProviderError(Integer status, String url, JsonNode raw) {
    }

    private final int status;
    private final String serverMessage;
    private final String timestamp;
    private final transient List<ProviderError> providerErrors;
    private final String requestId;
    private final Duration retryAfter;

    public AtsHttpException(int status, String serverMessage, String timestamp, List<ProviderError> providerErrors,
            String requestId, Duration retryAfter) {
        super("HTTP " + status + (serverMessage == null || serverMessage.isBlank() ? "" : ": " + serverMessage));
        this.status = status;
        this.serverMessage = serverMessage;
        this.timestamp = timestamp;
        this.providerErrors = providerErrors == null ? List.of() : List.copyOf(providerErrors);
        this.requestId = requestId;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public Kind kind() {
        return Kind.of(status);
    }

    /**
     * Whether the same request may succeed later unchanged: 408, 429 and every 5xx but 501 (503 and 504 are
     * undocumented by StackOne but are what gateways answer while an ATS is down).
     */
    public boolean transientFailure() {
        return status == 408 || status == 429 || (status >= 500 && status <= 599 && status != 501);
    }

    /** The server's {@code message}, or a description of what came back when it was not StackOne's JSON. */
    public String serverMessage() {
        return serverMessage;
    }

    public Optional<String> timestamp() {
        return Optional.ofNullable(timestamp);
    }

    public List<ProviderError> providerErrors() {
        return providerErrors;
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** Parsed {@code Retry-After}, when the server sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
