package dev.intake.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.IsoInstant;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading values out of a request's JSON the way every round of {@link ApplicationCheck} needs them. */
final class RequestValues {
    private RequestValues() {
    }

    /** Present, not null, and not a blank string. */
    static boolean given(JsonNode value) {
        return value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank());
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }

    static JsonNode nonNull(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    static BigDecimal number(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return value.isTextual() ? new BigDecimal(value.asText().trim()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean isDate(String text) {
        try {
            LocalDate.parse(text.trim());
            return true;
        } catch (DateTimeParseException e) {
            return IsoInstant.parseOrNull(text) != null;
        }
    }

    static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme();
            return uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
