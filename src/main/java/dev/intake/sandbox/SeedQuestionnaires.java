package dev.intake.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import static dev.intake.sandbox.SeedNodes.coded;
import static dev.intake.sandbox.SeedNodes.record;

/**
 * The sandbox's questionnaires (general, internal, engineering, sales): questions of every answer type, required
 * ones, and questions shown only for some answers to another, so a form can be tried against all of them.
 */
final class SeedQuestionnaires {
    private final SandboxSeed seed;

    SeedQuestionnaires(SandboxSeed seed) {
        this.seed = seed;
    }

    /** A question; {@code options} are option keys and texts, alternating. */
    private ObjectNode question(String key, String type, String name, String text, JsonNode required,
            String... options) {
        ObjectNode question = record(seed.id("question:" + key, 0), "Q-" + key);
        question.put("name", name);
        question.set("type", coded(type, type.replace('_', ' ')));
        question.put("text", text);
        question.set("required", required);
        if (options.length > 0) {
            ArrayNode choices = question.putArray("multiple_choice_answers");
            for (int i = 0; i < options.length; i += 2) {
                choices.addObject().put("id", optionId(key, options[i])).put("remote_id", key + "-" + options[i])
                        .put("text", options[i + 1]);
            }
        }
        return question;
    }

    private String optionId(String questionKey, String optionKey) {
        return seed.id("option:" + questionKey + ":" + optionKey, 0);
    }

    /** Makes {@code child} visible only when {@code parent}'s answer matches the options ({@code condition}). */
    private ObjectNode onlyWhen(ObjectNode child, String parentKey, ObjectNode parent, String condition,
            String... optionKeys) {
        ObjectNode parentQuestion = child.putObject("parent_question");
        parentQuestion.put("id", parent.get("id").asText());
        parentQuestion.put("remote_id", parent.get("remote_id").asText());
        ArrayNode ids = parentQuestion.putArray("option_ids");
        ArrayNode remoteIds = parentQuestion.putArray("remote_option_ids");
        for (String optionKey : optionKeys) {
            ids.add(optionId(parentKey, optionKey));
            remoteIds.add(parentKey + "-" + optionKey);
        }
        parentQuestion.set("condition_type", coded(condition, condition.replace('_', ' ')));
        return child;
    }

    private ObjectNode questionnaire(String key, String name, boolean internal, ObjectNode... questions) {
        ObjectNode questionnaire = record(seed.id("questionnaire:" + key, 0), "QN-" + key);
        questionnaire.put("name", name);
        questionnaire.put("internal", internal);
        ArrayNode list = questionnaire.putArray("questions");
        for (ObjectNode question : questions) {
            list.add(question);
        }
        return questionnaire;
    }

    ObjectNode generalQuestionnaire() {
        BooleanNode yes = BooleanNode.TRUE;
        BooleanNode no = BooleanNode.FALSE;
        ObjectNode rightToWork = question("right_to_work", "single_select", "Right to work",
                "Do you have the right to work in the country of this role?", yes, "yes", "Yes", "no", "No");
        ObjectNode languages = question("languages", "multi_select", "Working languages",
                "Which languages can you work in?", no, "en", "English", "fr", "Français", "de", "Deutsch", "pl",
                "Polski", "ja", "日本語", "el", "Ελληνικά", "ar", "العربية", "es", "Español");
        return questionnaire("general", "Application questions", false,
                question("preferred_name", "short_text", "Preferred name", "What name should we use for you?", no),
                question("motivation", "long_text", "Motivation", "Why do you want to join us?", yes),
                rightToWork,
                onlyWhen(question("visa", "short_text", "Visa needed",
                        "Which visa or permit would you need?", yes), "right_to_work", rightToWork, "equals_to", "no"),
                languages,
                onlyWhen(question("japanese_level", "single_select", "Japanese level", "How good is your Japanese?",
                        yes, "conversational", "Conversational", "business", "Business", "native", "ネイティブ"),
                        "languages", languages, "contains", "ja"),
                question("relocate", "boolean", "Relocation", "Are you willing to relocate?", yes),
                question("experience_years", "number", "Experience", "Years of relevant experience", yes),
                question("start_date", "date", "Start date", "Earliest start date", no),
                question("profile_url", "url", "Profile", "LinkedIn profile or portfolio URL", no),
                question("cv", "attachment", "CV", "CV / résumé", yes));
    }

    ObjectNode internalQuestionnaire() {
        return questionnaire("internal", "Internal transfer", true,
                question("current_team", "short_text", "Current team", "Which team are you in today?",
                        BooleanNode.TRUE),
                question("manager_informed", "boolean", "Manager informed", "Has your manager been informed?",
                        BooleanNode.TRUE),
                question("contribution", "long_text", "Contribution", "What would you bring to this team?",
                        BooleanNode.FALSE),
                question("work_pattern", "single_select", "Working pattern", "Preferred working pattern",
                        BooleanNode.FALSE, "office", "Office", "hybrid", "Hybrid", "remote", "Remote"));
    }

    ObjectNode engineeringQuestionnaire() {
        return questionnaire("engineering", "Engineering screening", false,
                question("code_profile", "url", "Code profile", "GitHub or GitLab profile", BooleanNode.FALSE),
                question("code_sample", "attachment", "Code sample", "A code sample you are proud of",
                        BooleanNode.FALSE),
                question("production_languages", "multi_select", "Production languages",
                        "Which languages have you shipped to production?", BooleanNode.TRUE, "java", "Java",
                        "kotlin", "Kotlin", "typescript", "TypeScript", "go", "Go", "python", "Python", "rust",
                        "Rust"),
                question("salary", "number", "Expected salary", "Expected yearly salary (EUR)", BooleanNode.FALSE));
    }

    ObjectNode salesQuestionnaire() {
        // This provider writes "required" as a string, which the spec allows.
        ObjectNode dealSize = question("deal_size", "single_select", "Deal size",
                "Which deal size are you used to?", TextNode.valueOf("true"), "small", "< 10k", "medium",
                "10k–100k", "large", "> 100k");
        return questionnaire("sales", "Sales screening", false,
                question("quota", "number", "Quota attainment", "Quota attainment last year (%)",
                        TextNode.valueOf("true")),
                question("driving_licence", "boolean", "Driving licence", "Do you hold a driving licence?",
                        TextNode.valueOf("false")),
                dealSize,
                onlyWhen(question("largest_deal", "long_text", "Largest deal", "Describe your largest deal",
                        TextNode.valueOf("true")), "deal_size", dealSize, "equals_to", "large"));
    }
}
