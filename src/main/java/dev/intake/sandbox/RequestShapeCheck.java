package dev.intake.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.IsoInstant;
import dev.intake.sandbox.ApiError.Problem;
import java.util.List;
import java.util.Locale;
import static dev.intake.sandbox.RequestValues.given;
import static dev.intake.sandbox.RequestValues.number;

/**
 * Round 1 of {@link ApplicationCheck}: the body's shape as StackOne's schema has it (kinds of fields, coded values,
 * element types), answered with 400. Needs no records, so it runs before anything is looked up.
 */
final class RequestShapeCheck {
    private static final List<String> APPLICATION_STATUSES = List.of("active", "assessment", "background_check",
            "converted", "declined_by_candidate", "hired", "interview", "lead", "offer", "reference_check",
            "rejected", "review", "screen", "new", "onboarding", "created", "accepted", "short_list", "approved",
            "unmapped_value");
    private static final List<String> ANSWER_TYPES = List.of("short_text", "long_text", "attachment",
            "multi_select", "single_select", "boolean", "number", "date", "video", "reference_check", "url",
            "unmapped_value");
    private static final List<String> PHONE_TYPES = List.of("personal", "work", "mobile", "home", "unknown",
            "other", "unmapped_value");
    private static final List<String> CONFIDENTIAL = List.of("true", "false", "unmapped_value");

    private enum Kind {
        STRING, OBJECT, ARRAY
    }

    private RequestShapeCheck() {
    }

    static void checkShape(JsonNode body, List<Problem> problems) {
        for (String field : List.of("job_id", "job_posting_id", "location_id", "candidate_id")) {
            expect(body, field, field, Kind.STRING, problems);
        }
        expect(body, "passthrough", "passthrough", Kind.OBJECT, problems);
        JsonNode status = expect(body, "application_status", "application_status", Kind.OBJECT, problems);
        if (status != null) {
            checkEnum(status, "application_status.value", APPLICATION_STATUSES, problems);
        }
        JsonNode source = expect(body, "source", "source", Kind.OBJECT, problems);
        if (source != null) {
            expect(source, "id", "source.id", Kind.STRING, problems);
            expect(source, "name", "source.name", Kind.STRING, problems);
        }
        JsonNode candidate = expect(body, "candidate", "candidate", Kind.OBJECT, problems);
        if (candidate != null) {
            checkCandidateShape(candidate, problems);
        }
        JsonNode questionnaires = expect(body, "questionnaires", "questionnaires", Kind.ARRAY, problems);
        if (questionnaires != null) {
            checkQuestionnairesShape(questionnaires, problems);
        }
        JsonNode documents = expect(body, "documents", "documents", Kind.ARRAY, problems);
        if (documents != null) {
            checkDocumentsShape(documents, problems);
        }

        // A value of the wrong type was reported above; these two checks look only at what is present.
        boolean hasCandidateId = given(body.get("candidate_id"));
        if (hasCandidateId && candidate != null) {
            problems.add(new Problem("candidate_id", "give candidate_id or candidate, not both"));
        } else if (!hasCandidateId && candidate == null && !body.hasNonNull("candidate")) {
            problems.add(new Problem("candidate", "give candidate_id (an existing candidate) or candidate "
                    + "(a new one), neither was given"));
        }
        if (!given(body.get("job_id"))) {
            problems.add(new Problem("job_id", "is required"));
        }
    }

    private static void checkCandidateShape(JsonNode candidate, List<Problem> problems) {
        for (String field : List.of("name", "first_name", "last_name", "email", "company", "title", "country",
                "phone_number")) {
            expect(candidate, field, "candidate." + field, Kind.STRING, problems);
        }
        expect(candidate, "passthrough", "candidate.passthrough", Kind.OBJECT, problems);
        expect(candidate, "unified_custom_fields", "candidate.unified_custom_fields", Kind.OBJECT, problems);
        JsonNode hiredAt = expect(candidate, "hired_at", "candidate.hired_at", Kind.STRING, problems);
        if (hiredAt != null && IsoInstant.parseOrNull(hiredAt.asText()) == null) {
            problems.add(new Problem("candidate.hired_at",
                    "'" + hiredAt.asText() + "' is not an ISO-8601 date-time such as 2021-01-01T01:01:01.000Z"));
        }
        JsonNode phones = expect(candidate, "phone_numbers", "candidate.phone_numbers", Kind.ARRAY, problems);
        eachObject(phones, "candidate.phone_numbers", problems, (phone, path) -> {
            JsonNode type = expect(phone, "type", path + ".type", Kind.STRING, problems);
            if (type != null && !PHONE_TYPES.contains(type.asText())) {
                problems.add(new Problem(path + ".type", "'" + type.asText() + "' is not one of "
                        + String.join(", ", PHONE_TYPES)));
            }
            expect(phone, "phone", path + ".phone", Kind.STRING, problems);
        });
        JsonNode links = expect(candidate, "social_links", "candidate.social_links", Kind.ARRAY, problems);
        eachObject(links, "candidate.social_links", problems, (link, path) -> {
            expect(link, "type", path + ".type", Kind.STRING, problems);
            expect(link, "url", path + ".url", Kind.STRING, problems);
        });
        JsonNode fields = expect(candidate, "custom_fields", "candidate.custom_fields", Kind.ARRAY, problems);
        eachObject(fields, "candidate.custom_fields", problems, (field, path) -> {
            for (String name : List.of("id", "remote_id", "name", "value_id", "remote_value_id")) {
                expect(field, name, path + "." + name, Kind.STRING, problems);
            }
        });
    }

    static void checkQuestionnairesShape(JsonNode questionnaires, List<Problem> problems) {
        eachObject(questionnaires, "questionnaires", problems, (questionnaire, path) -> {
            expect(questionnaire, "id", path + ".id", Kind.STRING, problems);
            JsonNode answers = expect(questionnaire, "answers", path + ".answers", Kind.ARRAY, problems);
            eachObject(answers, path + ".answers", problems, (answer, answerPath) -> {
                expect(answer, "id", answerPath + ".id", Kind.STRING, problems);
                JsonNode type = expect(answer, "type", answerPath + ".type", Kind.OBJECT, problems);
                if (type != null) {
                    checkEnum(type, answerPath + ".type.value", ANSWER_TYPES, problems);
                }
                JsonNode values = expect(answer, "values", answerPath + ".values", Kind.ARRAY, problems);
                if (values != null) {
                    for (int i = 0; i < values.size(); i++) {
                        if (!values.get(i).isTextual()) {
                            problems.add(new Problem(answerPath + ".values[" + i + "]", "must be a string"));
                        }
                    }
                }
            });
        });
    }

    private static void checkDocumentsShape(JsonNode documents, List<Problem> problems) {
        eachObject(documents, "documents", problems, (document, path) -> {
            for (String name : List.of("name", "content", "category_id", "path")) {
                expect(document, name, path + "." + name, Kind.STRING, problems);
            }
            JsonNode format = expect(document, "file_format", path + ".file_format", Kind.OBJECT, problems);
            if (format != null) {
                expect(format, "value", path + ".file_format.value", Kind.STRING, problems);
            }
            JsonNode confidential = expect(document, "confidential", path + ".confidential", Kind.OBJECT, problems);
            if (confidential != null) {
                checkEnum(confidential, path + ".confidential.value", CONFIDENTIAL, problems);
            }
            expect(document, "category", path + ".category", Kind.OBJECT, problems);
        });
    }

    /** The field when it has the expected kind, else null (absent and JSON null are allowed: the spec is nullable). */
    private static JsonNode expect(JsonNode parent, String field, String path, Kind kind, List<Problem> problems) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        boolean fits = switch (kind) {
            case STRING -> value.isTextual();
            case OBJECT -> value.isObject();
            case ARRAY -> value.isArray();
        };
        if (!fits) {
            problems.add(new Problem(path, "must be " + switch (kind) {
                case STRING -> "a string";
                case OBJECT -> "an object";
                case ARRAY -> "an array";
            } + ", not " + value.getNodeType().name().toLowerCase(Locale.ROOT)));
            return null;
        }
        return value;
    }

    private static void checkEnum(JsonNode coded, String path, List<String> allowed, List<Problem> problems) {
        JsonNode value = coded.get("value");
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.isTextual() || !allowed.contains(value.asText())) {
            problems.add(new Problem(path, "'" + value.asText() + "' is not one of " + String.join(", ", allowed)));
        }
    }

    private interface ElementCheck {
        void check(JsonNode element, String path);
    }

    private static void eachObject(JsonNode array, String path, List<Problem> problems, ElementCheck check) {
        if (array == null) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            String elementPath = path + "[" + i + "]";
            if (array.get(i).isObject()) {
                check.check(array.get(i), elementPath);
            } else {
                problems.add(new Problem(elementPath, "must be an object"));
            }
        }
    }
}
