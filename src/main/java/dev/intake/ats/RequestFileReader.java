package dev.intake.ats;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads a create-application request written by a person (a JSON file) into a {@link CreateApplicationRequest}.
 *
 * <p>It accepts the shapes of StackOne's own documentation example as well as the schema's, and normalises them,
 * listing every change in {@link Result#notes()}:
 * <ul>
 *   <li>{@code questionnaires} given as one object becomes a list of one;</li>
 *   <li>an answer {@code type} or {@code application_status} given as a plain string becomes
 *       {@code {"value": ...}} when it is a value of the spec's enum ({@code "text"} is read as
 *       {@code short_text}), else {@code {"value": "unmapped_value", "source_value": <string>}};</li>
 *   <li>an answer's {@code values} given as one string becomes a list of one;</li>
 *   <li>an empty {@code candidate_id} is dropped.</li>
 * </ul>
 * It refuses, naming the field, a request that gives both {@code candidate_id} and {@code candidate} (or
 * neither), unknown fields, and values of the wrong type.
 */
public final class RequestFileReader {
    /** {@code AnswerEnum} values of the spec. */
    static final Set<String> ANSWER_TYPES = Set.of("short_text", "long_text", "attachment", "multi_select",
            "single_select", "boolean", "number", "date", "video", "reference_check", "url", "unmapped_value");
    /** {@code ApplicationStatusEnum} values of the spec. */
    static final Set<String> APPLICATION_STATUSES = Set.of("active", "assessment", "background_check", "converted",
            "declined_by_candidate", "hired", "interview", "lead", "offer", "reference_check", "rejected", "review",
            "screen", "new", "onboarding", "created", "accepted", "short_list", "approved", "unmapped_value");
    /** What people write for a free-text answer, as in StackOne's documentation example. */
    private static final Map<String, String> ANSWER_TYPE_ALIASES = Map.of("text", "short_text");

    private static final ObjectReader STRICT = Json.mapper().readerFor(CreateApplicationRequest.class)
            .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The request as StackOne's schema defines it, and what was changed to get there. */
    public record Result(CreateApplicationRequest request, List<String> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    private RequestFileReader() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws IOException when the file cannot be read
     * @throws InvalidRequestException when its content is not a request Intake can send; the message names the field
     */
    public static Result read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** Reads a request from JSON text; see {@link #read(Path)}. */
    public static Result parse(String json) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("(file)", "The file is not valid JSON" + where(e.getLocation()) + ": "
                    + firstLine(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidRequestException("(file)",
                    "The file must hold one JSON object with the request's fields, such as {\"job_id\": ...}.");
        }
        ObjectNode request = (ObjectNode) root;
        List<String> notes = new ArrayList<>();
        // In the schema's field order, so the notes read top to bottom like the file.
        normaliseCodedValue(request, "application_status", "application_status", APPLICATION_STATUSES, Map.of(),
                notes);
        normaliseQuestionnaires(request, notes);
        dropEmptyCandidateId(request, notes);
        if (request.hasNonNull("candidate_id") && request.hasNonNull("candidate")) {
            throw new InvalidRequestException("candidate_id", "The request gives both candidate_id and candidate. "
                    + "StackOne takes one or the other: remove candidate_id to create a new candidate, or remove "
                    + "candidate to add the application to the existing candidate " + request.get("candidate_id")
                    + ".");
        }
        CreateApplicationRequest parsed;
        try {
            parsed = STRICT.readValue(request);
        } catch (IOException e) {
            throw mappingFailure(e);
        }
        parsed.checkCandidateChoice();
        return new Result(parsed, notes);
    }

    private static void normaliseQuestionnaires(ObjectNode request, List<String> notes) {
        JsonNode questionnaires = request.get("questionnaires");
        if (questionnaires != null && questionnaires.isObject()) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode().add(questionnaires);
            request.set("questionnaires", list);
            notes.add("questionnaires: a single questionnaire object was given; it is sent as a list of one.");
            questionnaires = list;
        }
        if (questionnaires == null || !questionnaires.isArray()) {
            return;
        }
        for (int q = 0; q < questionnaires.size(); q++) {
            JsonNode answers = questionnaires.get(q).path("answers");
            if (!answers.isArray()) {
                continue;
            }
            for (int a = 0; a < answers.size(); a++) {
                if (answers.get(a) instanceof ObjectNode answer) {
                    String path = "questionnaires[" + q + "].answers[" + a + "]";
                    normaliseCodedValue(answer, "type", path + ".type", ANSWER_TYPES, ANSWER_TYPE_ALIASES, notes);
                    JsonNode values = answer.get("values");
                    if (values != null && values.isValueNode() && !values.isNull()) {
                        answer.set("values", JsonNodeFactory.instance.arrayNode().add(values.asText()));
                        notes.add(path + ".values: a single value was given; it is sent as a list of one.");
                    }
                }
            }
        }
    }

    /** Rewrites a plain string where the schema wants StackOne's {@code {value, source_value}} object. */
    private static void normaliseCodedValue(ObjectNode parent, String field, String path, Set<String> known,
            Map<String, String> aliases, List<String> notes) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isTextual()) {
            return;
        }
        String text = node.asText();
        ObjectNode coded = JsonNodeFactory.instance.objectNode();
        String value = aliases.getOrDefault(text, text);
        if (known.contains(value)) {
            coded.put("value", value);
            notes.add(path + ": \"" + text + "\" was given as a plain string; it is sent as {\"value\": \"" + value
                    + "\"}.");
        } else {
            coded.put("value", "unmapped_value");
            coded.put("source_value", text);
            notes.add(path + ": \"" + text + "\" is not one of StackOne's values; it is sent as "
                    + "{\"value\": \"unmapped_value\", \"source_value\": \"" + text + "\"}.");
        }
        parent.set(field, coded);
    }

    private static void dropEmptyCandidateId(ObjectNode request, List<String> notes) {
        JsonNode id = request.get("candidate_id");
        if (id != null && id.isTextual() && id.asText().isBlank()) {
            request.remove("candidate_id");
            notes.add("candidate_id: it was empty, so it is left out.");
        }
    }

    private static InvalidRequestException mappingFailure(IOException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return new InvalidRequestException("(file)", "The request could not be read: " + firstLine(e.getMessage()));
        }
        String path = path(mapping.getPath());
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            String parent = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "the request";
            return new InvalidRequestException(path, path + ": \"" + unknown.getPropertyName()
                    + "\" is not a field of " + parent + ". Its fields are: " + names(unknown.getKnownPropertyIds())
                    + ".");
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new InvalidRequestException(path, path + ": expected " + describe(mismatch.getTargetType())
                    + ".");
        }
        return new InvalidRequestException(path, path + ": " + firstLine(mapping.getOriginalMessage()));
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "text in quotes";
        }
        if (type == Instant.class) {
            return "an ISO-8601 date-time such as \"2021-01-01T01:01:01.000Z\"";
        }
        if (type == CodedValue.class) {
            return "an object such as {\"value\": \"...\"}";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        if (Boolean.class == type || boolean.class == type) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "an object {...}";
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "(file)" : out.toString();
    }

    private static String names(Collection<Object> ids) {
        Set<String> sorted = new TreeSet<>();
        ids.forEach(id -> sorted.add(String.valueOf(id)));
        return sorted.stream().collect(Collectors.joining(", "));
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
