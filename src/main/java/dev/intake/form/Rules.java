package dev.intake.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.Json;
import dev.intake.common.EmailAddresses;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The checks behind the wizard's fields. Each returns the message to show under the field (naming the field and
 * the fix) or null when the value is fine. Optional fields accept blank values.
 */
public final class Rules {
    private final Messages messages;

    public Rules(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    public Messages messages() {
        return messages;
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Text with surrounding blanks removed; null for blank text, so absent values are omitted from JSON. */
    public static String trimToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    /** {@code label} names the field as the user sees it. */
    public Function<String, String> required(String label) {
        return text -> isBlank(text) ? messages.get("validation.required", label) : null;
    }

    public Function<String, String> email(String label, boolean required) {
        return text -> {
            if (isBlank(text)) {
                return required ? messages.get("validation.required", label) : null;
            }
            return EmailAddresses.isValid(text) ? null : messages.get("validation.email", label, text.strip());
        };
    }

    /** A web address; a missing {@code https://} is added when sending, so it is not an error. */
    public Function<String, String> url(String label, boolean required) {
        return text -> {
            if (isBlank(text)) {
                return required ? messages.get("validation.required", label) : null;
            }
            return normaliseUrl(text).isPresent() ? null : messages.get("validation.url", label, text.strip());
        };
    }

    /** The address as it will be sent: http(s) with a host that has a dot (or is localhost); empty when invalid. */
    public static Optional<String> normaliseUrl(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        String withScheme = trimmed.matches("(?i)[a-z][a-z0-9+.-]*://.*") ? trimmed : "https://" + trimmed;
        try {
            URI uri = new URI(withScheme);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!(scheme.equals("http") || scheme.equals("https")) || host == null) {
                return Optional.empty();
            }
            if (!host.contains(".") && !host.equalsIgnoreCase("localhost")) {
                return Optional.empty();
            }
            return Optional.of(withScheme);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A date written as YYYY-MM-DD. */
    public Function<String, String> isoDate(String label, boolean required) {
        return text -> {
            if (isBlank(text)) {
                return required ? messages.get("validation.required", label) : null;
            }
            return parseDate(text).isPresent() ? null : messages.get("validation.date", label);
        };
    }

    public static Optional<LocalDate> parseDate(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public Function<String, String> number(String label, boolean required, boolean wholeOnly) {
        return text -> {
            if (isBlank(text)) {
                return required ? messages.get("validation.required", label) : null;
            }
            Optional<BigDecimal> parsed = parseNumber(text);
            if (parsed.isEmpty()) {
                return messages.get(wholeOnly ? "validation.integer" : "validation.number", label);
            }
            if (wholeOnly && parsed.get().stripTrailingZeros().scale() > 0) {
                return messages.get("validation.integer", label);
            }
            return null;
        };
    }

    public static Optional<BigDecimal> parseNumber(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Blank, or a JSON object. */
    public Function<String, String> jsonObject(String label) {
        return text -> {
            if (isBlank(text)) {
                return null;
            }
            try {
                JsonNode node = Json.mapper().readTree(text);
                return node != null && node.isObject() ? null : messages.get("validation.json.notObject", label);
            } catch (JsonProcessingException e) {
                String where = e.getLocation() == null ? "" : messages.get("validation.json.where",
                        e.getLocation().getLineNr(), e.getLocation().getColumnNr());
                return messages.get("validation.json.syntax", label, e.getOriginalMessage(), where);
            }
        };
    }

    /** Applies rules in order and returns the first problem. */
    @SafeVarargs
    public static <T> Function<T, String> all(Function<? super T, String>... rules) {
        return value -> {
            for (Function<? super T, String> rule : rules) {
                String problem = rule.apply(value);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        };
    }
}
