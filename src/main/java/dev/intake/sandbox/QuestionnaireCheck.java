package dev.intake.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.intake.sandbox.ApiError.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import static dev.intake.sandbox.RequestValues.isDate;
import static dev.intake.sandbox.RequestValues.isWebUrl;
import static dev.intake.sandbox.RequestValues.number;
import static dev.intake.sandbox.RequestValues.text;

/**
 * The questionnaire answers of an application against the posting's questionnaires (422): questions that exist,
 * required ones answered when shown, and answers of the question's type and options.
 */
final class QuestionnaireCheck {
    private static final int SHORT_TEXT_LIMIT = 255;
    private static final int LONG_TEXT_LIMIT = 10_000;

    private QuestionnaireCheck() {
    }

    static void checkQuestionnaires(JsonNode given, ObjectNode posting, List<Problem> problems) {
        boolean answered = given != null && !given.isNull() && !given.isEmpty();
        if (posting == null) {
            if (answered) {
                problems.add(new Problem("job_posting_id", "is required when questionnaires are answered"));
            }
            return;
        }
        String postingId = posting.get("id").asText();
        Map<String, JsonNode> questionnaires = new LinkedHashMap<>();
        posting.path("questionnaires").forEach(q -> questionnaires.put(q.get("id").asText(), q));

        // questionnaire id → question id → the answer's values
        Map<String, Map<String, List<String>>> answers = new LinkedHashMap<>();
        for (int i = 0; answered && i < given.size(); i++) {
            JsonNode questionnaire = given.get(i);
            String questionnaireId = text(questionnaire, "id");
            if (questionnaireId == null) {
                problems.add(new Problem("questionnaires[" + i + "].id", "is required"));
                continue;
            }
            JsonNode definition = questionnaires.get(questionnaireId);
            if (definition == null) {
                problems.add(new Problem("questionnaires[" + i + "].id", "questionnaire '" + questionnaireId
                        + "' is not on job posting '" + postingId + "'"));
                continue;
            }
            if (answers.containsKey(questionnaireId)) {
                problems.add(new Problem("questionnaires[" + i + "].id", "questionnaire '" + questionnaireId
                        + "' is given twice"));
                continue;
            }
            Map<String, List<String>> byQuestion = new LinkedHashMap<>();
            answers.put(questionnaireId, byQuestion);
            String base = "questionnaires[id=" + questionnaireId + "]";
            JsonNode list = questionnaire.path("answers");
            for (int j = 0; j < list.size(); j++) {
                JsonNode answer = list.get(j);
                String questionId = text(answer, "id");
                JsonNode question = questionId == null ? null : question(definition, questionId);
                if (question == null) {
                    problems.add(new Problem(base + ".answers[" + j + "].id", questionId == null ? "is required"
                            : "questionnaire '" + questionnaireId + "' has no question '" + questionId + "'"));
                    continue;
                }
                String path = base + ".answers[id=" + questionId + "]";
                if (byQuestion.containsKey(questionId)) {
                    problems.add(new Problem(path, "is answered twice"));
                    continue;
                }
                String givenType = answer.path("type").path("value").asText("");
                String questionType = question.path("type").path("value").asText();
                if (!givenType.isEmpty() && !givenType.equals(questionType)) {
                    problems.add(new Problem(path, "answer type '" + givenType + "' does not match the question's type '"
                            + questionType + "'"));
                }
                List<String> values = new ArrayList<>();
                answer.path("values").forEach(v -> values.add(v.asText()));
                byQuestion.put(questionId, values);
            }
        }

        for (JsonNode questionnaire : questionnaires.values()) {
            String questionnaireId = questionnaire.get("id").asText();
            Map<String, List<String>> byQuestion = answers.getOrDefault(questionnaireId, Map.of());
            for (JsonNode question : questionnaire.path("questions")) {
                if (!visible(questionnaire, question, byQuestion, 0)) {
                    continue;
                }
                String questionId = question.get("id").asText();
                String path = "questionnaires[id=" + questionnaireId + "].answers[id=" + questionId + "]";
                List<String> values = byQuestion.getOrDefault(questionId, List.of()).stream()
                        .filter(v -> !v.isBlank()).toList();
                if (values.isEmpty()) {
                    if (isRequired(question)) {
                        problems.add(new Problem(path, "required question \"" + question.path("text").asText()
                                + "\" is not answered"));
                    }
                    continue;
                }
                String problem = valueProblem(question, values);
                if (problem != null) {
                    problems.add(new Problem(path, problem));
                }
            }
        }
    }

    private static JsonNode question(JsonNode questionnaire, String questionId) {
        for (JsonNode question : questionnaire.path("questions")) {
            if (question.get("id").asText().equals(questionId)) {
                return question;
            }
        }
        return null;
    }

    /**
     * A question with a {@code parent_question} shows only while the parent (itself visible) is answered so that
     * {@code equals_to}: its single answer is one of {@code option_ids}; {@code contains}: one of its answers is.
     */
    private static boolean visible(JsonNode questionnaire, JsonNode question, Map<String, List<String>> answers,
            int depth) {
        JsonNode parentRef = question.get("parent_question");
        if (parentRef == null || parentRef.isNull()) {
            return true;
        }
        JsonNode parent = question(questionnaire, parentRef.path("id").asText());
        if (parent == null || depth > 10 || !visible(questionnaire, parent, answers, depth + 1)) {
            return false;
        }
        Set<String> optionIds = new HashSet<>();
        parentRef.path("option_ids").forEach(id -> optionIds.add(id.asText()));
        List<String> chosen = answers.getOrDefault(parent.get("id").asText(), List.of()).stream()
                .map(value -> optionIdOf(parent, value)).toList();
        String condition = parentRef.path("condition_type").path("value").asText("equals_to");
        if (condition.equals("contains")) {
            return chosen.stream().anyMatch(optionIds::contains);
        }
        return chosen.size() == 1 && optionIds.contains(chosen.getFirst());
    }

    /** Answers to choice questions may give the option's id or its text; both name the option. */
    private static String optionIdOf(JsonNode question, String value) {
        for (JsonNode option : question.path("multiple_choice_answers")) {
            if (option.path("id").asText().equals(value) || option.path("text").asText().equals(value)) {
                return option.path("id").asText();
            }
        }
        return null;
    }

    private static boolean isRequired(JsonNode question) {
        JsonNode required = question.get("required");
        return required != null && (required.asBoolean(false) || required.asText().equals("true"));
    }

    private static String valueProblem(JsonNode question, List<String> values) {
        String type = question.path("type").path("value").asText();
        boolean single = !type.equals("multi_select") && !type.equals("attachment");
        if (single && values.size() > 1) {
            return "takes one value, not " + values.size();
        }
        String value = values.getFirst();
        return switch (type) {
            case "short_text" -> value.length() > SHORT_TEXT_LIMIT
                    ? "is longer than " + SHORT_TEXT_LIMIT + " characters" : null;
            case "long_text" -> value.length() > LONG_TEXT_LIMIT
                    ? "is longer than " + LONG_TEXT_LIMIT + " characters" : null;
            case "single_select", "multi_select" -> {
                for (String chosen : values) {
                    if (optionIdOf(question, chosen) == null) {
                        List<String> options = new ArrayList<>();
                        question.path("multiple_choice_answers").forEach(o -> options.add(o.path("id").asText()
                                + " (" + o.path("text").asText() + ")"));
                        yield "'" + chosen + "' is not one of the options of question \""
                                + question.path("text").asText() + "\": " + String.join(", ", options);
                    }
                }
                yield null;
            }
            case "boolean" -> value.equals("true") || value.equals("false") ? null
                    : "'" + value + "' is not true or false";
            case "number" -> number(TextNode.valueOf(value)) != null ? null
                    : "'" + value + "' is not a number";
            case "date" -> isDate(value) ? null : "'" + value + "' is not a date (yyyy-mm-dd)";
            case "url" -> isWebUrl(value) ? null : "'" + value + "' is not an http(s) URL";
            default -> null;
        };
    }
}
