package dev.intake.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a submission row maps to records and back: the column lists, reading a row into a {@link StoredSubmission}
 * or a {@link HistoryEntry}, and the encodings of times and states. Shared by the queries and the writes, so each
 * column is read and written one way only.
 */
final class SubmissionRows {
    static final String FULL_COLUMNS = "local_id, profile_id, created_at, updated_at, request_json, state, "
            + "attempts, next_attempt_at, application_id, remote_application_id, response_json, error_status, "
            + "error_message, first_sent_at, failures, may_exist, cancel_requested, candidate_name, candidate_email, "
            + "job_title, last_sent_at, outcome_checks, not_before, request_version, origin, once_key, note_text, "
            + "note_state, note_attempts, note_next_at, note_error_status, note_error, reuse_by_email, email_lookup, "
            + "same_candidate_as, "
            + "(SELECT json_group_array(json_array(d.position, d.file_name, d.state, d.error_status, "
            + "d.error_message)) FROM submission_documents d WHERE d.local_id = submissions.local_id) "
            + "AS documents";
    static final String ENTRY_COLUMNS = "s.local_id, s.profile_id, s.created_at, s.updated_at, s.state, "
            + "s.candidate_name, s.candidate_email, s.candidate_id, s.job_id, s.job_title, s.application_id, "
            + "s.remote_application_id, s.attempts, s.next_attempt_at, s.error_status, s.error_message, s.origin";

    private SubmissionRows() {
    }

    static void bindStates(PreparedStatement statement, int first, Set<SubmissionState> states)
            throws SQLException {
        int index = first;
        for (SubmissionState state : states.stream().sorted().toList()) {
            statement.setString(index++, state.name());
        }
    }

    static Optional<StoredSubmission> findOn(Connection connection, long localId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + FULL_COLUMNS + " FROM submissions WHERE local_id = ?")) {
            query.setLong(1, localId);
            List<StoredSubmission> rows = readAll(query);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
        }
    }

    static List<StoredSubmission> readAll(PreparedStatement query) throws SQLException {
        List<StoredSubmission> rows = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                rows.add(stored(rs));
            }
        }
        return rows;
    }

    static StoredSubmission stored(ResultSet rs) throws SQLException {
        Submission submission = new Submission(
                rs.getLong("local_id"),
                rs.getString("profile_id"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                request(rs.getString("request_json")),
                SubmissionState.valueOf(rs.getString("state")),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                rs.getString("application_id"),
                rs.getString("remote_application_id"),
                rs.getString("response_json"),
                integer(rs, "error_status"),
                rs.getString("error_message"),
                rs.getString("origin"),
                rs.getString("once_key"),
                note(rs),
                documents(rs.getString("documents")));
        return new StoredSubmission(submission, instant(rs, "first_sent_at"), rs.getInt("failures"),
                rs.getInt("may_exist") != 0, rs.getInt("cancel_requested") != 0, new HistoryLabels(
                        rs.getString("candidate_name"), rs.getString("candidate_email"), rs.getString("job_title")),
                instant(rs, "last_sent_at"), instants(rs.getString("outcome_checks")), instant(rs, "not_before"),
                rs.getInt("request_version"), rs.getInt("reuse_by_email") != 0, rs.getString("email_lookup"),
                rs.getInt("note_attempts"), instant(rs, "note_next_at"), rs.getString("same_candidate_as"));
    }

    private static FollowUp note(ResultSet rs) throws SQLException {
        String text = rs.getString("note_text");
        String state = rs.getString("note_state");
        return text == null || state == null ? null : new FollowUp(text, FollowUpState.valueOf(state),
                integer(rs, "note_error_status"), rs.getString("note_error"));
    }

    /** The documents' names and states as the row's sub-query lists them (never their bytes), in upload order. */
    static List<FollowUp> documents(String json) throws SQLException {
        if (json == null || json.equals("[]")) {
            return List.of();
        }
        try {
            List<JsonNode> rows = new ArrayList<>();
            Json.mapper().readTree(json).forEach(rows::add);
            rows.sort(Comparator.comparingInt(row -> row.get(0).asInt()));
            return rows.stream().map(row -> new FollowUp(row.get(1).asText(),
                    FollowUpState.valueOf(row.get(2).asText()), row.get(3).isNull() ? null : row.get(3).asInt(),
                    row.get(4).isNull() ? null : row.get(4).asText())).toList();
        } catch (JsonProcessingException e) {
            throw new SQLException("A submission's documents could not be read: " + e.getOriginalMessage(), e);
        }
    }

    static HistoryEntry entry(ResultSet rs) throws SQLException {
        return new HistoryEntry(rs.getLong("local_id"), rs.getString("profile_id"), instant(rs, "created_at"),
                instant(rs, "updated_at"), SubmissionState.valueOf(rs.getString("state")),
                rs.getString("candidate_name"), rs.getString("candidate_email"), rs.getString("candidate_id"),
                rs.getString("job_id"), rs.getString("job_title"), rs.getString("application_id"),
                rs.getString("remote_application_id"),
                rs.getInt("attempts"), instant(rs, "next_attempt_at"), integer(rs, "error_status"),
                rs.getString("error_message"), rs.getString("origin"));
    }

    static CreateApplicationRequest request(String json) throws SQLException {
        try {
            return Json.mapper().readValue(json, CreateApplicationRequest.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("A stored request could not be read: " + e.getOriginalMessage(), e);
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** Epoch milliseconds, comma-separated; null for none. */
    static String instants(List<Instant> values) {
        return values.isEmpty() ? null : String.join(",", values.stream()
                .map(at -> Long.toString(at.toEpochMilli())).toList());
    }

    static List<Instant> instants(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        List<Instant> values = new ArrayList<>();
        for (String each : column.split(",")) {
            values.add(Instant.ofEpochMilli(Long.parseLong(each.trim())));
        }
        return values;
    }

    static Instant millis(Instant instant) {
        return instant == null ? null : Instant.ofEpochMilli(instant.toEpochMilli());
    }

    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value.toEpochMilli());
        }
    }

    static long lastId(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT last_insert_rowid()");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
