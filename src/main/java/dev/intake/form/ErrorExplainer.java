package dev.intake.form;

import dev.intake.ats.AtsHttpException;
import dev.intake.ats.AtsNetworkException;
import dev.intake.ats.InvalidRequestException;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns ATS failures into plain words: what happened, and what the user can do about it. */
public final class ErrorExplainer {
    /** {@code detail} is the server's own message, when it gave one. */
    public record Explanation(String title, String detail, String advice) {
        /** Title, detail and advice in one line, for small places such as a status line. */
        public String oneLine() {
            return title + (detail == null || detail.isBlank() ? "" : ": " + detail) + ". " + advice;
        }
    }

    private final Messages messages;

    public ErrorExplainer(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    public Explanation explain(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof AtsHttpException http) {
            return explain(http.status(), http.serverMessage());
        }
        if (cause instanceof AtsNetworkException network) {
            return new Explanation(messages.get("error.network.title"), network.getMessage(),
                    messages.get("error.network.advice"));
        }
        if (cause instanceof InvalidRequestException invalid) {
            return new Explanation(messages.get("error.invalid.title"), invalid.getMessage(),
                    messages.get("error.invalid.advice"));
        }
        return new Explanation(messages.get("error.local.title"), String.valueOf(cause.getMessage()),
                messages.get("error.local.advice"));
    }

    /** {@code status} null means no HTTP answer at all (network). */
    public Explanation explain(Integer status, String serverMessage) {
        if (status == null) {
            return new Explanation(messages.get("error.network.title"), serverMessage,
                    messages.get("error.network.advice"));
        }
        String key = switch (status) {
            case 400, 401, 403, 404, 408, 409, 412, 422, 429 -> String.valueOf(status);
            default -> status >= 500 ? "5xx" : "other";
        };
        return new Explanation(messages.get("error." + key + ".title", status), serverMessage,
                messages.get("error." + key + ".advice"));
    }
}
