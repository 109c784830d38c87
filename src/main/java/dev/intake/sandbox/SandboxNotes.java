package dev.intake.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.IsoInstant;
import dev.intake.ats.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Notes on applications ({@code POST/GET /unified/ats/applications/{id}/notes}): kept per application in the order
 * they came, each as StackOne's {@code Note}. Thread-safe.
 */
public final class SandboxNotes {
    private final Map<String, List<ObjectNode>> byApplication = new LinkedHashMap<>();

    /** The text of each note on {@code applicationId}, oldest first. */
    public synchronized List<String> texts(String applicationId) {
        List<String> texts = new ArrayList<>();
        for (ObjectNode note : byApplication.getOrDefault(applicationId, List.of())) {
            StringBuilder text = new StringBuilder();
            note.path("content").forEach(block -> text.append(block.path("body").asText("")));
            texts.add(text.toString());
        }
        return texts;
    }

    /** How many notes were added, on all applications. */
    public synchronized int count() {
        return byApplication.values().stream().mapToInt(List::size).sum();
    }

    synchronized List<ObjectNode> nodes(String applicationId) {
        return List.copyOf(byApplication.getOrDefault(applicationId, List.of()));
    }

    /** Adds the note in {@code body} ({@code AtsCreateNotesRequestDto}) and returns its id. */
    synchronized String add(String applicationId, byte[] body, Instant now) {
        JsonNode request;
        try {
            request = Json.mapper().readTree(body);
        } catch (IOException e) {
            throw ApiError.gateway(400, "body", "is not JSON");
        }
        JsonNode content = request == null ? null : request.get("content");
        if (!(content instanceof ArrayNode blocks) || blocks.isEmpty()
                || !blocks.get(0).path("body").isTextual()) {
            throw ApiError.gateway(400, "content", "must be a list of blocks, each with a text body");
        }
        String id = UUID.randomUUID().toString();
        ObjectNode note = Json.mapper().createObjectNode();
        note.put("id", id);
        note.put("remote_id", "N-" + (count() + 1));
        note.set("content", blocks.deepCopy());
        if (request.hasNonNull("author_id")) {
            note.put("author_id", request.get("author_id").asText());
        }
        if (request.has("visibility")) {
            note.set("visibility", request.get("visibility").deepCopy());
        }
        note.put("created_at", IsoInstant.format(now));
        byApplication.computeIfAbsent(applicationId, k -> new ArrayList<>()).add(note);
        return id;
    }
}
