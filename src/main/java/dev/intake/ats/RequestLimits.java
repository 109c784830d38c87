package dev.intake.ats;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.MessageFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The sizes a real ATS accepts, checked before a request is saved: a name longer than 255 characters or a 5 MB
 * answer would only be refused later, by the ATS, after the application had waited in the outbox.
 */
public final class RequestLimits {
    /** The largest request body taken from a file or standard input, documents included. */
    public static final int MAX_BODY_BYTES = 50 * 1024 * 1024;
    static final int NAME = 255;
    static final int EMAIL = 254;
    static final int PHONE = 50;
    static final int URL = 2_048;
    static final int ID = 255;
    /** Answers, notes and any other free text. */
    static final int FREE_TEXT = 10_000;
    private static final Map<String, Integer> BY_FIELD = Map.ofEntries(Map.entry("name", NAME),
            Map.entry("first_name", NAME), Map.entry("last_name", NAME), Map.entry("company", NAME),
            Map.entry("title", NAME), Map.entry("country", NAME), Map.entry("email", EMAIL),
            Map.entry("phone", PHONE), Map.entry("phone_number", PHONE), Map.entry("url", URL),
            Map.entry("path", URL), Map.entry("id", ID), Map.entry("source_value", NAME),
            Map.entry("type", NAME));
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.intake.messages");

    private RequestLimits() {
    }

    /**
     * Checks every text of the request against its limit.
     *
     * @throws InvalidRequestException naming the first field over its limit (e.g. {@code candidate.first_name}) and
     *                                 the limit
     */
    public static void check(CreateApplicationRequest request) {
        check(Json.mapper().valueToTree(request), "", null);
    }

    private static void check(JsonNode node, String path, String field) {
        if (node.isTextual()) {
            int limit = limit(path, field);
            int length = node.asText().length();
            if (length > limit) {
                throw new InvalidRequestException(path, new MessageFormat(MESSAGES.getString("ats.limit.tooLong"),
                        MESSAGES.getLocale()).format(new Object[] {path, length, limit}));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> child = it.next();
                check(child.getValue(), path.isEmpty() ? child.getKey() : path + "." + child.getKey(),
                        child.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", field);
            }
        }
    }

    private static int limit(String path, String field) {
        if (path.startsWith("documents") && "content".equals(field)) {
            return Integer.MAX_VALUE; // a document's bytes: bounded by the body's size
        }
        if (field != null && field.endsWith("_id")) {
            return ID;
        }
        if (field != null && field.equals("values")) {
            return FREE_TEXT;
        }
        return field == null ? FREE_TEXT : BY_FIELD.getOrDefault(field, FREE_TEXT);
    }
}
