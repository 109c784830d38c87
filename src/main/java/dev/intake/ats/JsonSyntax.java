package dev.intake.ats;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What is wrong with text that should be JSON, in plain words for the person who wrote it: where it is cut off and
 * inside what, or where it stops being JSON. Never the parser's own wording, which names its internals.
 */
public final class JsonSyntax {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.intake.messages");

    private JsonSyntax() {
    }

    /**
     * The problem with {@code text} as JSON, naming it {@code subject} (a file name, "standard input"); empty when
     * it is well-formed JSON.
     */
    public static Optional<String> problem(String text, String subject) {
        Deque<JsonToken> open = new ArrayDeque<>();
        JsonParser parser = null;
        try (JsonParser p = Json.mapper().getFactory().createParser(text)) {
            parser = p;
            for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    open.push(token);
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open.poll();
                }
            }
            return Optional.empty();
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            boolean atEnd = e instanceof JsonEOFException
                    || (at != null && at.getCharOffset() >= text.stripTrailing().length());
            if (atEnd && parser != null) {
                JsonLocation end = parser.currentLocation();
                boolean inText = e instanceof JsonEOFException eof
                        && (eof.getTokenBeingDecoded() == JsonToken.VALUE_STRING
                                || eof.getTokenBeingDecoded() == JsonToken.FIELD_NAME);
                String inside = inText ? "text" : open.peek() == JsonToken.START_ARRAY ? "list" : "object";
                return Optional.of(format("json.incomplete", subject, end.getLineNr(), end.getColumnNr(),
                        MESSAGES.getString("json.inside." + inside)));
            }
            return Optional.of(format("json.invalid", subject, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr()));
        } catch (IOException e) {
            return Optional.of(format("json.invalid", subject, 0, 0));
        }
    }

    private static String format(String key, Object... args) {
        return new MessageFormat(MESSAGES.getString(key), MESSAGES.getLocale()).format(args);
    }
}
