package dev.intake.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.IsoInstant;
import dev.intake.ats.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What goes onto an application after its create: notes ({@code POST} and {@code GET
 * /unified/ats/applications/{id}/notes}) and document uploads ({@code POST .../documents/upload}), checked as
 * StackOne checks them: an unknown application 404, a body that is not a JSON object, a note without content or a
 * value outside the spec's enum 400, all in StackOne's error shape. Kept in memory for the run.
 */
final class SandboxFollowUps {
    private static final Set<String> VISIBILITIES = Set.of("private", "public", "unmapped_value");

    private final SandboxData data;
    private final Object lock = new Object();
    private final Map<String, List<ObjectNode>> documents = new HashMap<>();

    SandboxFollowUps(SandboxData data) {
        this.data = data;
    }

    /** The notes on an application, oldest first; 404 when there is no such application. */
    List<ObjectNode> notes(String applicationId) {
        known(applicationId);
        return data.notes().nodes(applicationId);
    }

    /** The documents uploaded onto an application (name, format, size; never the bytes), oldest first. */
    List<ObjectNode> documents(String applicationId) {
        synchronized (lock) {
            return List.copyOf(documents.getOrDefault(applicationId, List.of()));
        }
    }

    ObjectNode addNote(String applicationId, byte[] body, Instant now) {
        known(applicationId);
        ObjectNode request = object(body);
        List<ApiError.Problem> problems = new ArrayList<>();
        JsonNode content = request.get("content");
        if (content == null || content.isNull() || (content.isArray() && content.isEmpty())) {
            problems.add(new ApiError.Problem("content", "is required; send at least one {\"body\": \"...\"}"));
        } else if (!content.isArray()) {
            problems.add(new ApiError.Problem("content", "must be an array of {\"body\": \"...\"}"));
        } else {
            for (int i = 0; i < content.size(); i++) {
                JsonNode text = content.get(i).get("body");
                if (!content.get(i).isObject() || text == null || !text.isTextual() || text.asText().isBlank()) {
                    problems.add(new ApiError.Problem("content[" + i + "].body", "must be a text that is not blank"));
                }
            }
        }
        codedValue(request, "visibility", VISIBILITIES::contains, problems);
        JsonNode author = request.get("author_id");
        if (author != null && !author.isNull() && !author.isTextual()) {
            problems.add(new ApiError.Problem("author_id", "must be a string"));
        }
        if (!problems.isEmpty()) {
            throw ApiError.provider(400, problems);
        }
        ObjectNode note = Json.mapper().createObjectNode();
        String id = UUID.randomUUID().toString();
        note.put("id", id);
        note.put("remote_id", "sbx-note-" + id);
        note.set("content", content.deepCopy());
        note.set("author_id", author == null ? null : author.deepCopy());
        note.set("visibility", request.get("visibility") == null ? null : request.get("visibility").deepCopy());
        note.put("created_at", IsoInstant.format(now));
        note.put("updated_at", IsoInstant.format(now));
        data.notes().keep(applicationId, note);
        return created(id, "sbx-note-" + id, now);
    }

    ObjectNode upload(String applicationId, byte[] body, Instant now) {
        known(applicationId);
        ObjectNode request = object(body);
        List<ApiError.Problem> problems = new ArrayList<>();
        JsonNode name = request.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            problems.add(new ApiError.Problem("name", "is required; send the file name"));
        }
        JsonNode content = request.get("content");
        int size = -1;
        if (content == null || !content.isTextual() || content.asText().isEmpty()) {
            problems.add(new ApiError.Problem("content", "is required; send the file as base64"));
        } else {
            try {
                size = Base64.getDecoder().decode(content.asText()).length;
            } catch (IllegalArgumentException e) {
                problems.add(new ApiError.Problem("content", "is not valid base64"));
            }
        }
        codedValue(request, "file_format", value -> !value.isBlank(), problems);
        if (!problems.isEmpty()) {
            throw ApiError.provider(400, problems);
        }
        ObjectNode document = Json.mapper().createObjectNode();
        String id = UUID.randomUUID().toString();
        document.put("id", id);
        document.put("name", name.asText());
        document.set("file_format", request.get("file_format") == null ? null : request.get("file_format").deepCopy());
        document.put("size", size);
        document.put("created_at", IsoInstant.format(now));
        synchronized (lock) {
            documents.computeIfAbsent(applicationId, key -> new ArrayList<>()).add(document);
        }
        ObjectNode result = Json.mapper().createObjectNode();
        result.put("statusCode", 201);
        result.put("message", "Record created successfully.");
        result.put("timestamp", IsoInstant.format(now));
        return result;
    }

    private void known(String applicationId) {
        if (data.application(applicationId).isEmpty()) {
            throw ApiError.gateway(404, "id", "no application with id '" + applicationId + "'");
        }
    }

    private static ObjectNode object(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? null : Json.mapper().readTree(body);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            throw ApiError.provider(400, List.of(new ApiError.Problem("body", "is not valid JSON")));
        }
        throw ApiError.provider(400, List.of(new ApiError.Problem("body", "must be a JSON object")));
    }

    /** StackOne's enum shape {@code {"value": ...}}: an object whose value passes {@code allowed}, or null. */
    private static void codedValue(ObjectNode request, String field, Predicate<String> allowed,
            List<ApiError.Problem> problems) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return;
        }
        JsonNode value = node.get("value");
        if (!node.isObject()) {
            problems.add(new ApiError.Problem(field, "must be an object such as {\"value\": \"...\"}"));
        } else if (value != null && !value.isNull() && (!value.isTextual() || !allowed.test(value.asText()))) {
            problems.add(new ApiError.Problem(field + ".value", "'" + value.asText() + "' is not one of the allowed "
                    + "values"));
        }
    }

    private static ObjectNode created(String id, String remoteId, Instant now) {
        ObjectNode result = Json.mapper().createObjectNode();
        result.put("statusCode", 201);
        result.put("message", "Record created successfully.");
        result.put("timestamp", IsoInstant.format(now));
        result.putObject("data").put("id", id).put("remote_id", remoteId);
        return result;
    }
}
