package dev.intake.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.IsoInstant;
import dev.intake.ats.Json;
import dev.intake.store.FollowUp;
import dev.intake.store.HistoryLabels;
import dev.intake.store.SearchFields;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import java.time.Instant;
import java.util.Locale;

/**
 * A submission as JSON for people and scripts (command line, exports): who, which job, where it stands, the ATS
 * ids or the error, and what to do next. Holds nothing a submission does not hold, so never a credential.
 */
public final class SubmissionJson {
    private SubmissionJson() {
    }

    /** The summary: ids, candidate, job, state, error and advice. */
    public static ObjectNode summary(Submission s) {
        return summary(s, HistoryLabels.NONE);
    }

    /** As above, naming the candidate and job as history does where the request has only their ids. */
    public static ObjectNode summary(Submission s, HistoryLabels labels) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("local_id", s.localId());
        json.put("state", state(s.state()));
        json.put("profile_id", s.profileId());
        json.put("created_at", format(s.createdAt()));
        json.put("updated_at", format(s.updatedAt()));
        SearchFields who = SearchFields.of(s.request()).orLabels(labels);
        ObjectNode candidate = json.putObject("candidate");
        putIfPresent(candidate, "name", who.candidateName());
        putIfPresent(candidate, "email", who.candidateEmail());
        putIfPresent(candidate, "candidate_id", who.candidateId());
        putIfPresent(json, "job_id", who.jobId());
        putIfPresent(json, "job_title", labels.jobTitle());
        json.put("attempts", s.attempts());
        putIfPresent(json, "next_attempt_at", format(s.nextAttemptAt()));
        putIfPresent(json, "application_id", s.applicationId());
        putIfPresent(json, "remote_application_id", s.remoteApplicationId());
        if (s.errorStatus() != null || s.errorMessage() != null) {
            ObjectNode error = json.putObject("error");
            if (s.errorStatus() != null) {
                error.put("status", s.errorStatus());
            }
            putIfPresent(error, "message", s.errorMessage());
        }
        putIfPresent(json, "origin", s.origin());
        putIfPresent(json, "once_key", s.onceKey());
        if (s.note() != null) {
            json.set("note", followUp(s.note()));
        }
        if (!s.documents().isEmpty()) {
            s.documents().forEach(d -> json.withArray("documents").add(followUp(d)));
        }
        json.put("what_to_do", advice(s));
        return json;
    }

    /** A note or document sent after the create: its text or file name, its state, and the last error. */
    private static ObjectNode followUp(FollowUp part) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("name", part.label());
        json.put("state", part.state().name().toLowerCase(Locale.ROOT));
        if (part.errorStatus() != null || part.errorMessage() != null) {
            ObjectNode error = json.putObject("error");
            if (part.errorStatus() != null) {
                error.put("status", part.errorStatus());
            }
            putIfPresent(error, "message", part.errorMessage());
        }
        return json;
    }

    /** The summary plus the full request and the ATS's response as sent and received. */
    public static ObjectNode full(Submission s, HistoryLabels labels) {
        ObjectNode json = summary(s, labels);
        json.set("request", Json.mapper().valueToTree(s.request()));
        if (s.responseJson() != null) {
            json.set("response", parse(s.responseJson()));
        }
        return json;
    }

    /** What the user can do about a submission in this state, in plain words. */
    public static String advice(Submission s) {
        if (s.state() == SubmissionState.OUTCOME_UNKNOWN) {
            return OutboxText.get(s.nextAttemptAt() != null ? "outbox.advice.OUTCOME_UNKNOWN.checking"
                    : "outbox.advice.OUTCOME_UNKNOWN.decide");
        }
        if (SqliteOutbox.markedCreatedByUser(s)) {
            return OutboxText.get("outbox.advice.CREATED.marked");
        }
        return OutboxText.get("outbox.advice." + s.state().name());
    }

    /** The state as scripts read it: {@code created}, {@code waiting_to_retry}, ... */
    public static String state(SubmissionState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    private static JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            return Json.mapper().getNodeFactory().textNode(json);
        }
    }

    private static String format(Instant instant) {
        return instant == null ? null : IsoInstant.format(instant);
    }

    private static void putIfPresent(ObjectNode json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }
}
