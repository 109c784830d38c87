package dev.intake.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.Json;
import dev.intake.sandbox.ApiError.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import static dev.intake.sandbox.RequestValues.given;
import static dev.intake.sandbox.RequestValues.isDate;
import static dev.intake.sandbox.RequestValues.isWebUrl;
import static dev.intake.sandbox.RequestValues.nonNull;
import static dev.intake.sandbox.RequestValues.number;
import static dev.intake.sandbox.RequestValues.text;

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

    private static final Set<String> OPEN_POSTING_STATUSES = Set.of("live", "internal");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-]{5,30}");

    private final SandboxData data;

    ApplicationCheck(SandboxData data) {
        this.data = data;
    }

    Accepted check(byte[] raw) {
        JsonNode body = parse(raw);

        List<Problem> shape = new ArrayList<>();
        RequestShapeCheck.checkShape(body, shape);
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
        QuestionnaireCheck.checkQuestionnaires(body.get("questionnaires"), posting, refused);
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
        checkEach(candidate.path("social_links"), "candidate.social_links", "url", RequestValues::isWebUrl,
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

}
