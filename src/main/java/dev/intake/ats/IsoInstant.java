package dev.intake.ats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Date-times as StackOne writes them: ISO-8601 in UTC with milliseconds, e.g. {@code 2021-01-01T01:01:01.000Z}. */
public final class IsoInstant {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private IsoInstant() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** Parses any ISO-8601 instant or offset date-time; null when the text is not one. */
    public static Instant parseOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static final class Serializer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(format(value));
        }
    }

    public static final class Deserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Instant parsed = parseOrNull(p.getValueAsString());
            if (parsed == null) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, p.getValueAsString(),
                        "not an ISO-8601 date-time");
            }
            return parsed;
        }
    }
}
