package dev.intake.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Building blocks of the sandbox's StackOne JSON: a record with its ids, a coded value, a list of texts. */
final class SeedNodes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SeedNodes() {
    }

    static ObjectNode record(String id, String remoteId) {
        ObjectNode node = NODES.objectNode();
        node.put("id", id);
        node.put("remote_id", remoteId);
        return node;
    }

    static ObjectNode coded(String value, String sourceValue) {
        ObjectNode node = NODES.objectNode();
        node.put("value", value);
        node.put("source_value", sourceValue);
        return node;
    }

    static ArrayNode array(String... values) {
        ArrayNode array = NODES.arrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
