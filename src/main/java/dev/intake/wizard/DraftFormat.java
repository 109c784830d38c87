package dev.intake.wizard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.Json;
import dev.intake.wizard.candidate.CandidateStep;
import dev.intake.wizard.documents.DocumentsStep;
import dev.intake.wizard.job.JobStep;
import dev.intake.wizard.questionnaire.QuestionnaireStep;
import dev.intake.wizard.step.DraftPart;
import dev.intake.wizard.step.WizardPage;
import dev.intake.wizard.step.WizardStep;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A wizard's drafts as JSON: each page's part under its key, read back as the type its page declares. Drafts
 * saved in the first format (the desk's parts as fields of their own) are read too, so that an unfinished
 * application survives an update. Immutable: reads run on a worker thread.
 */
final class DraftFormat {
    private static final ObjectMapper MAPPER = Json.mapper();
    private final Map<String, Class<?>> types;

    /** For the parts these pages keep. */
    static DraftFormat of(List<WizardPage> pages) {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (WizardPage page : pages) {
            page.draft().ifPresent(part -> types.put(part.key(), part.type()));
        }
        return new DraftFormat(types);
    }

    DraftFormat(Map<String, Class<?>> types) {
        this.types = Map.copyOf(types);
    }

    String write(WizardState state) throws JsonProcessingException {
        return MAPPER.writeValueAsString(state);
    }

    WizardState read(String json) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        ObjectNode saved = root.path("parts") instanceof ObjectNode parts ? parts : MAPPER.createObjectNode();
        if (root.path("version").asInt() < 2) {
            saved = firstFormat(root);
        }
        Map<String, Object> parts = new LinkedHashMap<>();
        for (Map.Entry<String, Class<?>> type : types.entrySet()) {
            JsonNode part = saved.get(type.getKey());
            if (part != null && !part.isNull()) {
                parts.put(type.getKey(), MAPPER.treeToValue(part, type.getValue()));
            }
        }
        WizardStep step = root.hasNonNull("step") ? MAPPER.treeToValue(root.get("step"), WizardStep.class) : null;
        return WizardState.of(root.path("draft_id").textValue(), step, parts);
    }

    /** Version 1 had candidate, job, answers and documents beside the step: the desk's parts, under their keys. */
    private static ObjectNode firstFormat(JsonNode root) {
        ObjectNode parts = MAPPER.createObjectNode();
        copy(root, "candidate", parts, CandidateStep.DRAFT_KEY);
        copy(root, "job", parts, JobStep.DRAFT_KEY);
        if (root.hasNonNull("answers")) {
            parts.putObject(QuestionnaireStep.DRAFT_KEY).set("answers", root.get("answers"));
        }
        if (root.hasNonNull("documents")) {
            parts.putObject(DocumentsStep.DRAFT_KEY).set("documents", root.get("documents"));
        }
        return parts;
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String key) {
        if (from.hasNonNull(field)) {
            to.set(key, from.get(field));
        }
    }

    /** Hands each page its part of {@code state} (null where the state holds none). */
    static void restore(List<WizardPage> pages, WizardState state) {
        for (WizardPage page : pages) {
            page.draft().ifPresent(part -> part.restoreFrom(state.parts().get(part.key())));
        }
    }

    /** Each page's part as it is now, under its key. */
    static Map<String, Object> save(List<WizardPage> pages) {
        Map<String, Object> parts = new LinkedHashMap<>();
        for (WizardPage page : pages) {
            page.draft().flatMap(DraftFormat::savedPart)
                    .ifPresent(saved -> parts.put(saved.getKey(), saved.getValue()));
        }
        return parts;
    }

    /** The part's key and what it holds now; empty when it holds nothing. */
    private static Optional<Map.Entry<String, Object>> savedPart(DraftPart<?> part) {
        Object saved = part.save().get();
        return saved == null ? Optional.empty() : Optional.of(Map.entry(part.key(), saved));
    }
}
