package dev.intake.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.Json;
import java.util.Locale;

/**
 * Who and what a submission is about, as history lists, searches, sorts and forgets it. Read from the request's
 * JSON tree rather than the record so that migrations keep working on bodies written by older versions.
 */
public record SearchFields(String candidateName, String candidateEmail, String candidateId, String jobId) {
    /** The fields of a request as it would be stored. */
    public static SearchFields of(CreateApplicationRequest request) {
        return of(Json.mapper().<JsonNode>valueToTree(request));
    }

    static SearchFields of(JsonNode request) {
        JsonNode candidate = request.path("candidate");
        String name = text(candidate, "name");
        if (name == null) {
            String joined = ((orEmpty(text(candidate, "first_name")) + " " + orEmpty(text(candidate, "last_name"))))
                    .trim();
            name = joined.isEmpty() ? null : joined;
        }
        String email = text(candidate, "email");
        return new SearchFields(name, email == null ? null : email.toLowerCase(Locale.ROOT),
                text(request, "candidate_id"), text(request, "job_id"));
    }

    /** These fields, with the candidate's name and email taken from {@code labels} where the request has none. */
    public SearchFields orLabels(HistoryLabels labels) {
        String email = labels.candidateEmail() == null ? null : labels.candidateEmail().toLowerCase(Locale.ROOT);
        return new SearchFields(candidateName != null ? candidateName : labels.candidateName(),
                candidateEmail != null ? candidateEmail : email, candidateId, jobId);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            return null;
        }
        return value.asText().trim();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
