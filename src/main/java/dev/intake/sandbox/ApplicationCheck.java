package dev.intake.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.intake.ats.IsoInstant;
import dev.intake.ats.Json;
import dev.intake.sandbox.ApiError.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks a {@code POST /unified/ats/applications} body the way StackOne and the ATS behind it would, in three
 * rounds: the body's shape (400), the records it names (404), then what the ATS would refuse (422). Each round
 * reports every problem it finds, so a form can mark all its fields at once.
 */
final class ApplicationCheck {
    /** A request that passed every check, with the records it refers to. */
    record Accepted(JsonNode body, ObjectNode job, ObjectNode posting, String locationId,
            ObjectNode existingCandidate, JsonNode newCandidate, JsonNode applicationStatus, JsonNode questionnaires,
            JsonNode source, JsonNode documents) {
    }

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
    private static final Set<String> OPEN_POSTING_STATUSES = Set.of("live", "internal");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-]{5,30}");
    private static final int SHORT_TEXT_LIMIT = 255;
    private static final int LONG_TEXT_LIMIT = 10_000;

    private enum Kind {
        STRING, OBJECT, ARRAY
    }

    private final SandboxData data;

    ApplicationCheck(SandboxData data) {
        this.data = data;
    }

    Accepted check(byte[] raw) {
        JsonNode body = parse(raw);

        List<Problem> shape = new ArrayList<>();
        checkShape(body, shape);
        if (!shape.isEmpty()) {
            throw ApiError.provider(400, shape);
        }

        String jobId = text(body, "job_id");
        String postingId = text(body, "job_posting_id");
        String locationId = text(body, "location_id");
        String candidateId = text(body, "candidate_id");
        List<Problem> missing = new ArrayList<>();
        ObjectNode job = data.jobNode(jobId);
        if (job == null) {
            missing.add(new Problem("job_id", "no job with id '" + jobId + "'"));
        }
        ObjectNode posting = postingId == null ? null : data.postingNode(postingId);
        if (postingId != null && posting == null) {
            missing.add(new Problem("job_posting_id", "no job posting with id '" + postingId + "'"));
        }
        if (locationId != null && data.locationNode(locationId) == null) {
            missing.add(new Problem("location_id", "no location with id '" + locationId + "'"));
        }
        ObjectNode existing = candidateId == null ? null : data.candidateNode(candidateId);
        if (candidateId != null && existing == null) {
            missing.add(new Problem("candidate_id", "no candidate with id '" + candidateId + "'"));
        }
        if (!missing.isEmpty()) {
            throw ApiError.provider(404, missing);
        }

        List<Problem> refused = new ArrayList<>();
        checkJob(job, posting, locationId, refused);
        JsonNode candidate = body.get("candidate");
        if (existing == null) {
            checkNewCandidate(candidate, refused);
        }
        checkDocuments(body.get("documents"), refused);
        checkQuestionnaires(body.get("questionnaires"), posting, refused);
        if (!refused.isEmpty()) {
            throw ApiError.provider(422, refused);
        }
        return new Accepted(body, job, posting, locationId, existing, existing == null ? candidate : null,
                nonNull(body.get("application_status")), nonNull(body.get("questionnaires")),
                nonNull(body.get("source")), nonNull(body.get("documents")));
    }

    private static JsonNode parse(byte[] raw) {
        try {
            JsonNode body = Json.mapper().readTree(raw);
            if (body == null || body.isMissingNode()) {
                throw ApiError.provider(400, List.of(new Problem("body", "is empty; send a JSON object")));
            }
            if (!body.isObject()) {
                throw ApiError.provider(400, List.of(new Problem("body", "must be a JSON object")));
            }
            return body;
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage();
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw ApiError.provider(400, List.of(new Problem("body",
                    "is not valid JSON (" + detail + (line > 0 ? " at line " + line : "") + ")")));
        } catch (IOException e) {
            throw ApiError.provider(400, List.of(new Problem("body", "could not be read")));
        }
    }

    // ---------------------------------------------------------------- round 1: shape (400)

    private static void checkShape(JsonNode body, List<Problem> problems) {
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

    /** Present, not null, and not a blank string. */
    private static boolean given(JsonNode value) {
        return value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank());
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

    private static void checkQuestionnairesShape(JsonNode questionnaires, List<Problem> problems) {
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

    // ---------------------------------------------------------------- round 3: what the ATS refuses (422)

    private static void checkJob(ObjectNode job, ObjectNode posting, String locationId, List<Problem> problems) {
        String jobId = job.get("id").asText();
        String jobStatus = job.path("job_status").path("value").asText();
        if (!jobStatus.equals("open")) {
            problems.add(new Problem("job_id", "job '" + jobId + "' is " + jobStatus.replace('_', ' ')
                    + ", and only open jobs accept applications"));
        }
        if (posting != null) {
            String postingId = posting.get("id").asText();
            String owner = posting.path("job_id").asText();
            if (!owner.equals(jobId)) {
                problems.add(new Problem("job_posting_id", "job posting '" + postingId + "' belongs to job '"
                        + owner + "', not to job_id '" + jobId + "'"));
            }
            String postingStatus = posting.path("status").path("value").asText();
            if (!OPEN_POSTING_STATUSES.contains(postingStatus)) {
                problems.add(new Problem("job_posting_id", "job posting '" + postingId + "' is " + postingStatus
                        + " and does not accept applications"));
            }
        }
        if (locationId != null) {
            boolean ofJob = false;
            for (JsonNode id : job.path("location_ids")) {
                ofJob |= id.asText().equals(locationId);
            }
            if (!ofJob) {
                problems.add(new Problem("location_id", "location '" + locationId + "' is not a location of job '"
                        + jobId + "'"));
            }
        }
    }

    private void checkNewCandidate(JsonNode candidate, List<Problem> problems) {
        String name = text(candidate, "name");
        String first = text(candidate, "first_name");
        String last = text(candidate, "last_name");
        if (name == null && first == null && last == null) {
            problems.add(new Problem("candidate.name",
                    "is required: give candidate.name or candidate.first_name and candidate.last_name"));
        } else if (name == null && first == null) {
            problems.add(new Problem("candidate.first_name", "is required with candidate.last_name"));
        } else if (name == null && last == null) {
            problems.add(new Problem("candidate.last_name", "is required with candidate.first_name"));
        }
        String email = text(candidate, "email");
        if (email != null && !EMAIL.matcher(email.trim()).matches()) {
            problems.add(new Problem("candidate.email", "'" + email + "' is not a valid e-mail address"));
        }
        String phone = text(candidate, "phone_number");
        if (phone != null && !isPhone(phone)) {
            problems.add(new Problem("candidate.phone_number", "'" + phone + "' is not a phone number"));
        }
        checkEach(candidate.path("phone_numbers"), "candidate.phone_numbers", "phone", ApplicationCheck::isPhone,
                "a phone number", problems);
        checkEach(candidate.path("social_links"), "candidate.social_links", "url", ApplicationCheck::isWebUrl,
                "an http(s) URL", problems);
        JsonNode fields = candidate.path("custom_fields");
        for (int i = 0; i < fields.size(); i++) {
            checkCustomField(fields.get(i), i, problems);
        }
    }

    /** Each element's {@code field} must be present and {@code valid}; else "'value' is not {@code what}". */
    private static void checkEach(JsonNode array, String path, String field, Predicate<String> valid, String what,
            List<Problem> problems) {
        for (int i = 0; i < array.size(); i++) {
            String value = text(array.get(i), field);
            if (value == null || !valid.test(value)) {
                problems.add(new Problem(path + "[" + i + "]." + field,
                        value == null ? "is required" : "'" + value + "' is not " + what));
            }
        }
    }

    private static boolean isPhone(String text) {
        return PHONE.matcher(text.trim()).matches() && text.chars().filter(Character::isDigit).count() >= 5;
    }

    private void checkCustomField(JsonNode field, int index, List<Problem> problems) {
        String id = text(field, "id");
        ObjectNode definition = id == null ? byName(text(field, "name")) : data.customFieldNode(id);
        String path = id == null ? "candidate.custom_fields[" + index + "]" : "candidate.custom_fields[id=" + id + "]";
        if (definition == null) {
            problems.add(new Problem(path, id == null
                    ? "give the id of a candidate custom field (see GET /unified/ats/custom_field_definitions/candidates)"
                    : "no candidate custom field with this id"));
            return;
        }
        String type = definition.path("type").path("value").asText();
        JsonNode value = field.get("value");
        String valueId = text(field, "value_id");
        boolean hasValue = given(value);
        if (!hasValue && valueId == null) {
            problems.add(new Problem(path, "needs a value"));
            return;
        }
        String name = definition.get("name").asText();
        String problem = switch (type) {
            case "single_select", "list" -> hasValue ? optionProblem(definition, value) : optionIdProblem(definition,
                    valueId);
            case "multi_select" -> {
                if (!hasValue) {
                    yield optionIdProblem(definition, valueId);
                }
                if (!value.isArray()) {
                    yield optionProblem(definition, value);
                }
                String first = null;
                for (JsonNode element : value) {
                    first = first == null ? optionProblem(definition, element) : first;
                }
                yield first;
            }
            case "text" -> value.isTextual() ? null : "must be text";
            case "date" -> isDate(value.asText()) && value.isTextual() ? null
                    : "'" + value.asText() + "' is not a date (yyyy-mm-dd)";
            case "float" -> number(value) != null ? null : "'" + value.asText() + "' is not a number";
            case "integer" -> {
                BigDecimal number = number(value);
                yield number != null && number.stripTrailingZeros().scale() <= 0 ? null
                        : "'" + value.asText() + "' is not a whole number";
            }
            case "boolean", "checkbox" -> value.isBoolean() || value.asText().equals("true")
                    || value.asText().equals("false") ? null : "'" + value.asText() + "' is not true or false";
            case "url" -> value.isTextual() && isWebUrl(value.asText()) ? null
                    : "'" + value.asText() + "' is not an http(s) URL";
            default -> null;
        };
        if (problem != null) {
            problems.add(new Problem(path, problem + " (field \"" + name + "\")"));
        }
    }

    private ObjectNode byName(String name) {
        if (name == null) {
            return null;
        }
        return data.customFieldNodes().stream().filter(d -> d.get("name").asText().equalsIgnoreCase(name.trim()))
                .findFirst().orElse(null);
    }

    private static String optionProblem(ObjectNode definition, JsonNode value) {
        for (JsonNode option : definition.path("options")) {
            if (option.get("id").asText().equals(value.asText()) || option.get("value").asText().equals(value.asText())) {
                return null;
            }
        }
        return "'" + value.asText() + "' is not one of the options " + optionList(definition);
    }

    private static String optionIdProblem(ObjectNode definition, String valueId) {
        for (JsonNode option : definition.path("options")) {
            if (option.get("id").asText().equals(valueId)) {
                return null;
            }
        }
        return "value_id '" + valueId + "' is not one of the options " + optionList(definition);
    }

    private static String optionList(ObjectNode definition) {
        List<String> options = new ArrayList<>();
        definition.path("options").forEach(o -> options.add(o.get("value").asText() + " (" + o.get("id").asText()
                + ")"));
        return String.join(", ", options);
    }

    private void checkDocuments(JsonNode documents, List<Problem> problems) {
        if (documents == null || documents.isNull()) {
            return;
        }
        for (int i = 0; i < documents.size(); i++) {
            JsonNode document = documents.get(i);
            String path = "documents[" + i + "]";
            if (text(document, "name") == null) {
                problems.add(new Problem(path + ".name", "is required (the file name)"));
            }
            String content = text(document, "content");
            if (content == null) {
                problems.add(new Problem(path + ".content", "is required (the file, base64-encoded)"));
            } else {
                try {
                    if (Base64.getDecoder().decode(content.replaceAll("\\s", "")).length == 0) {
                        problems.add(new Problem(path + ".content", "is an empty file"));
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(path + ".content", "is not valid base64"));
                }
            }
            String categoryId = text(document, "category_id");
            if (categoryId != null) {
                ObjectNode category = data.categoryNode(categoryId);
                if (category == null) {
                    problems.add(new Problem(path + ".category_id",
                            "no application document category with id '" + categoryId + "'"));
                } else if (!category.path("active").asText().equals("true")) {
                    problems.add(new Problem(path + ".category_id", "category '" + category.get("name").asText()
                            + "' is inactive"));
                }
            }
        }
    }

    // ---------------------------------------------------------------- questionnaires (422)

    private static void checkQuestionnaires(JsonNode given, ObjectNode posting, List<Problem> problems) {
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

    // ---------------------------------------------------------------- helpers

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }

    private static JsonNode nonNull(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    private static BigDecimal number(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        try {
            return value.isTextual() ? new BigDecimal(value.asText().trim()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text.trim());
            return true;
        } catch (DateTimeParseException e) {
            return IsoInstant.parseOrNull(text) != null;
        }
    }

    private static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme();
            return uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
