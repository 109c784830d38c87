package dev.intake.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.IsoInstant;
import dev.intake.ats.Json;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An error answer in StackOne's shape ({@code statusCode}, {@code message}, {@code timestamp}, and
 * {@code provider_errors} when the ATS behind StackOne is the one refusing). Thrown inside the API to stop
 * handling; carries no stack trace because it is an answer, not a fault of the sandbox.
 *
 * <p>The message of a check that names fields is {@code field: problem} entries joined by {@code "; "}
 * (see {@link SandboxServer} for the grammar).
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * One thing wrong with one field. Separators of the message grammar are taken out of both parts, so that a
     * value quoted from the request (an e-mail such as {@code "a; b"}) cannot break it.
     */
    record Problem(String field, String text) {
        Problem {
            field = field.replace(": ", ":").replace("; ", ";");
            text = text.replace("; ", ", ");
        }

        String render() {
            return field + ": " + text;
        }
    }

    private final int status;
    private final transient List<Problem> problems;
    private final boolean fromProvider;

    private ApiError(int status, String message, List<Problem> problems, boolean fromProvider) {
        super(message, null, false, false);
        this.status = status;
        this.problems = List.copyOf(problems);
        this.fromProvider = fromProvider;
    }

    /** A refusal by the gateway itself (auth, account, query, routing). */
    static ApiError gateway(int status, String field, String text) {
        Problem problem = new Problem(field, text);
        return new ApiError(status, problem.render(), List.of(problem), false);
    }

    /** A refusal of the request body by the ATS; each problem also goes into {@code provider_errors}. */
    static ApiError provider(int status, List<Problem> problems) {
        String message = problems.stream().map(Problem::render).collect(Collectors.joining("; "));
        return new ApiError(status, message, problems, true);
    }

    /** An answer whose message names no field (rate limit, injected failures, unknown routes). */
    static ApiError plain(int status, String message) {
        return new ApiError(status, message, List.of(), false);
    }

    int status() {
        return status;
    }

    List<Problem> problems() {
        return problems;
    }

    ObjectNode body(String url, Instant now) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("statusCode", status);
        body.put("message", getMessage());
        body.put("timestamp", IsoInstant.format(now));
        if (fromProvider) {
            ObjectNode providerError = body.putArray("provider_errors").addObject();
            providerError.put("status", status);
            providerError.put("url", url);
            ArrayNode errors = providerError.putObject("raw").putArray("errors");
            problems.forEach(p -> errors.addObject().put("field", p.field()).put("message", p.text()));
        }
        return body;
    }
}
