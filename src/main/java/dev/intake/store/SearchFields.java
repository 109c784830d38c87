package dev.intake.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * What history searches, sorts and forgets by, taken from a stored request body. Read from the JSON tree rather
 * than the request record so that migrations keep working on bodies written by older versions.
 */
record SearchFields(String candidateName, String candidateEmail, String candidateId, String jobId) {
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
