package dev.intake.ats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * Turns a non-2xx answer into an {@link AtsHttpException}. Whatever came back (StackOne's JSON, a proxy's HTML
 * page, nothing, or JSON cut short) yields an exception whose message says what it was; reading it never throws a
 * parse exception.
 */
final class HttpErrors {
    /** Request-id headers in the order they are looked for; StackOne and common gateways use one of these. */
    static final List<String> REQUEST_ID_HEADERS = List.of(
            "x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id", "cf-ray");
    /** Error bodies are read up to this size; a proxy's page can be large and is only described. */
    static final long MAX_ERROR_BODY = 64 * 1024;
    private static final int SNIPPET = 200;
    private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DELTA_SECONDS = Pattern.compile("\\d{1,10}");

    private final Redactor redactor;
    private final Clock clock;

    HttpErrors(Redactor redactor, Clock clock) {
        this.redactor = redactor;
        this.clock = clock;
    }

    /** Reads (a bounded part of) the body of {@code response} and maps it. The caller closes the response. */
    AtsHttpException toException(Response response) {
        String bodyText;
        String description;
        try {
            BufferedSource source = response.body().source();
            source.request(MAX_ERROR_BODY);
            long available = Math.min(source.getBuffer().size(), MAX_ERROR_BODY);
            bodyText = source.getBuffer().snapshot((int) available).string(StandardCharsets.UTF_8);
            description = null;
        } catch (IOException e) {
            bodyText = null;
            description = "the answer broke off before its body could be read (" + e.getClass().getSimpleName() + ")";
        }
        Headers headers = response.headers();
        return map(response.code(), headers.get("Content-Type"), bodyText, description, headers);
    }

    AtsHttpException map(int status, String contentType, String bodyText, String readFailure, Headers headers) {
        String message;
        String timestamp = null;
        List<AtsHttpException.ProviderError> providerErrors = List.of();
        JsonNode json = readJson(bodyText);
        if (readFailure != null) {
            message = readFailure;
        } else if (json != null && json.isObject()) {
            message = serverMessage(json);
            timestamp = text(json.get("timestamp"));
            providerErrors = providerErrors(json.get("provider_errors"));
        } else {
            message = describe(contentType, bodyText, json);
        }
        return new AtsHttpException(status, redactor.redact(message), timestamp, providerErrors,
                requestId(headers), retryAfter(headers));
    }

    private static JsonNode readJson(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** StackOne's {@code message}; validation errors sometimes send it as an array of strings. */
    private String serverMessage(JsonNode json) {
        for (JsonNode candidate : List.of(json.path("message"), json.path("data").path("message"),
                json.path("error"))) {
            if (candidate.isArray() && !candidate.isEmpty()) {
                List<String> parts = new ArrayList<>();
                candidate.forEach(part -> parts.add(part.isTextual() ? part.asText() : part.toString()));
                return String.join("; ", parts);
            }
            String text = text(candidate);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return "a JSON error without a message: " + snippet(json.toString());
    }

    /** Says what came back when it was not a JSON object. */
    private String describe(String contentType, String body, JsonNode json) {
        if (body == null || body.isBlank()) {
            return "an empty body";
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String trimmed = body.stripLeading();
        if (type.contains("html") || trimmed.regionMatches(true, 0, "<!doctype html", 0, 14)
                || trimmed.regionMatches(true, 0, "<html", 0, 5)) {
            Matcher title = HTML_TITLE.matcher(body);
            String suffix = title.find() ? ": \"" + oneLine(title.group(1)) + "\"" : "";
            return "an HTML page instead of StackOne's JSON (usually from a proxy or gateway)" + suffix;
        }
        if (json != null) {
            return "JSON that is not an error object: " + snippet(json.toString());
        }
        if (type.contains("json") || trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return "JSON that could not be read (cut short or malformed, "
                    + body.getBytes(StandardCharsets.UTF_8).length + " bytes)";
        }
        return "a " + (type.isEmpty() ? "body" : type + " body") + " instead of JSON: \"" + snippet(body) + "\"";
    }

    /**
     * StackOne passes the provider's raw answer through, and it is kept with a rejected submission; a gateway that
     * quotes the request there would otherwise carry the key into history and exports.
     */
    private List<AtsHttpException.ProviderError> providerErrors(JsonNode node) {
        if (node == null || !node.isArray()) {
            return List.of();
        }
        List<AtsHttpException.ProviderError> errors = new ArrayList<>();
        for (JsonNode entry : node) {
            JsonNode status = entry.path("status");
            Integer code = status.canConvertToInt() && (status.isNumber() || isInteger(status.asText()))
                    ? status.asInt() : null;
            JsonNode raw = entry.get("raw");
            errors.add(new AtsHttpException.ProviderError(code, redactor.redact(text(entry.get("url"))),
                    raw == null || raw.isNull() ? null : redacted(raw)));
        }
        return errors;
    }

    /** A copy of {@code node} with every string and field name redacted. */
    private JsonNode redacted(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(redactor.redact(node.textValue()));
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
            node.forEach(item -> copy.add(redacted(item)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(field -> copy.set(redactor.redact(field.getKey()), redacted(field.getValue())));
            return copy;
        }
        return node;
    }

    static String requestId(Headers headers) {
        for (String name : REQUEST_ID_HEADERS) {
            String value = headers.get(name);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }

    /**
     * {@code Retry-After} as delta-seconds or an HTTP date. A date is measured from the response's own
     * {@code Date} header when there is one, so a wrong local clock does not distort it.
     */
    Duration retryAfter(Headers headers) {
        String value = headers.get("Retry-After");
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (DELTA_SECONDS.matcher(trimmed).matches()) {
            return Duration.ofSeconds(Long.parseLong(trimmed));
        }
        Instant until = headers.getInstant("Retry-After");
        if (until == null) {
            return null;
        }
        Instant now = headers.getInstant("Date");
        Duration wait = Duration.between(now == null ? clock.instant() : now, until);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private static boolean isInteger(String text) {
        return text != null && text.matches("-?\\d{1,9}");
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.isContainerNode() ? null : node.asText();
    }

    /** The start of {@code text} on one line, redacted before it is cut (a cut key would not be recognised). */
    private String snippet(String text) {
        return redactor.redactAndShorten(oneLine(text), SNIPPET);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
