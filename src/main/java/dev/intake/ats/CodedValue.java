package dev.intake.ats;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * StackOne's enum shape: a unified {@code value} plus the provider's own {@code source_value}.
 * The value stays a raw string so a value this version does not know never fails parsing.
 */
public record CodedValue(String value, JsonNode sourceValue) {
    public static CodedValue of(String value) {
        return new CodedValue(value, null);
    }
}
