package dev.intake.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The writes of submission rows: a new submission, and an {@link SubmissionStore.Edit} over a stored one. Apart
 * from the store's queries because a write also keeps the search columns in step with the request, and rewrites the
 * body (which can be megabytes of documents) only when the request changed.
 */
final class SubmissionWrites {
    private SubmissionWrites() {
    }

    /**
     * Inserts these submissions as QUEUED, each with its documents, in order. One whose once-only key is stored
     * already (before, or earlier in this list) stores nothing and answers the stored one's id.
     */
    static List<SubmissionStore.Inserted> insert(Connection connection,
            List<NewSubmission> submissions) throws SQLException {
        List<SubmissionStore.Inserted> ids = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO submissions(profile_id, "
                + "created_at, updated_at, request_json, state, candidate_name, candidate_email, candidate_id, "
                + "job_id, job_title, origin, once_key, note_text, note_state, reuse_by_email, same_candidate_as) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (NewSubmission submission : submissions) {
                Optional<Long> known = submission.onceKey() == null ? Optional.empty()
                        : idOfKey(connection, submission.onceKey());
                if (known.isPresent()) {
                    ids.add(new SubmissionStore.Inserted(known.get(), true));
                    continue;
                }
                JsonNode body = Json.mapper().valueToTree(submission.request());
                SearchFields fields = SearchFields.of(body).orLabels(submission.labels());
                insert.setString(1, submission.profileId());
                insert.setLong(2, submission.at().toEpochMilli());
                insert.setLong(3, submission.at().toEpochMilli());
                insert.setString(4, body.toString());
                insert.setString(5, SubmissionState.QUEUED.name());
                insert.setString(6, fields.candidateName());
                insert.setString(7, fields.candidateEmail());
                insert.setString(8, fields.candidateId());
                insert.setString(9, fields.jobId());
                insert.setString(10, submission.labels().jobTitle());
                insert.setString(11, submission.origin());
                insert.setString(12, submission.onceKey());
                insert.setString(13, submission.noteText());
                insert.setString(14, submission.noteText() == null ? null : FollowUpState.PENDING.name());
                insert.setInt(15, submission.reuseCandidateByEmail() ? 1 : 0);
                insert.setString(16, submission.sameCandidateAs());
                insert.executeUpdate();
                long id = SubmissionRows.lastId(connection);
                insertDocuments(connection, id, submission.documents());
                ids.add(new SubmissionStore.Inserted(id, false));
            }
        }
        return ids;
    }

    static Optional<Long> idOfKey(Connection connection, String onceKey) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT local_id FROM submissions WHERE once_key = ?")) {
            query.setString(1, onceKey);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static void insertDocuments(Connection connection, long localId, List<DocumentUpload> documents)
            throws SQLException {
        if (documents.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO submission_documents(local_id, "
                + "position, file_name, file_format, category_id, content, state) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (DocumentUpload document : documents) {
                insert.setLong(1, localId);
                insert.setInt(2, position++);
                insert.setString(3, document.fileName());
                insert.setString(4, document.fileFormat());
                insert.setString(5, document.categoryId());
                insert.setBytes(6, document.content());
                insert.setString(7, FollowUpState.PENDING.name());
                insert.executeUpdate();
            }
        }
    }

    /**
     * Writes {@code edit} over the row {@code current} was read from, in the caller's transaction. Returns the row as
     * now stored, built from the edit rather than read back.
     */
    static StoredSubmission apply(Connection connection, long localId, StoredSubmission current,
            SubmissionStore.Edit edit, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE submissions SET updated_at = ?, "
                + "state = ?, attempts = ?, failures = ?, next_attempt_at = ?, first_sent_at = ?, may_exist = ?, "
                + "cancel_requested = ?, application_id = ?, remote_application_id = ?, response_json = ?, "
                + "error_status = ?, error_message = ?, last_sent_at = ?, outcome_checks = ?, not_before = ?, "
                + "note_state = ?, note_attempts = ?, note_next_at = ?, note_error_status = ?, note_error = ?, "
                + "email_lookup = ? WHERE local_id = ?")) {
            update.setLong(1, now.toEpochMilli());
            update.setString(2, edit.state.name());
            update.setInt(3, edit.attempts);
            update.setInt(4, edit.failures);
            SubmissionRows.setInstant(update, 5, edit.nextAttemptAt);
            SubmissionRows.setInstant(update, 6, edit.firstSentAt);
            update.setInt(7, edit.mayExist ? 1 : 0);
            update.setInt(8, edit.cancelRequested ? 1 : 0);
            update.setString(9, edit.applicationId);
            update.setString(10, edit.remoteApplicationId);
            update.setString(11, edit.responseJson);
            if (edit.errorStatus == null) {
                update.setNull(12, Types.INTEGER);
            } else {
                update.setInt(12, edit.errorStatus);
            }
            update.setString(13, edit.errorMessage);
            SubmissionRows.setInstant(update, 14, edit.lastSentAt);
            update.setString(15, SubmissionRows.instants(edit.outcomeChecks));
            SubmissionRows.setInstant(update, 16, edit.notBefore);
            update.setString(17, edit.noteState == null ? null : edit.noteState.name());
            update.setInt(18, edit.noteAttempts);
            SubmissionRows.setInstant(update, 19, edit.noteNextAt);
            if (edit.noteErrorStatus == null) {
                update.setNull(20, Types.INTEGER);
            } else {
                update.setInt(20, edit.noteErrorStatus);
            }
            update.setString(21, edit.noteError);
            update.setString(22, edit.emailLookup);
            update.setLong(23, localId);
            update.executeUpdate();
        }
        Submission before = current.submission();
        boolean newRequest = !edit.request.equals(before.request());
        HistoryLabels labels = current.labels();
        if (newRequest || !edit.labels.equals(labels)) {
            // Only an edit rewrites the body (it can be megabytes of documents) and touches the search index.
            JsonNode body = Json.mapper().valueToTree(edit.request);
            SearchFields fields = SearchFields.of(body).orLabels(edit.labels);
            try (PreparedStatement update = connection.prepareStatement("UPDATE submissions SET "
                    + "request_json = coalesce(?, request_json), candidate_name = ?, candidate_email = ?, "
                    + "candidate_id = ?, job_id = ?, job_title = ?, request_version = request_version + ? "
                    + "WHERE local_id = ?")) {
                update.setString(1, newRequest ? body.toString() : null);
                update.setString(2, fields.candidateName());
                update.setString(3, fields.candidateEmail());
                update.setString(4, fields.candidateId());
                update.setString(5, fields.jobId());
                update.setString(6, edit.labels.jobTitle());
                update.setInt(7, newRequest ? 1 : 0);
                update.setLong(8, localId);
                update.executeUpdate();
            }
            labels = new HistoryLabels(fields.candidateName(), fields.candidateEmail(), edit.labels.jobTitle());
        }
        // Built from the edit rather than read back: times as stored, to the millisecond.
        FollowUp note = before.note() == null ? null
                : new FollowUp(before.note().label(), edit.noteState, edit.noteErrorStatus, edit.noteError);
        Submission after = new Submission(localId, before.profileId(), before.createdAt(), SubmissionRows.millis(now),
                edit.request, edit.state, edit.attempts, SubmissionRows.millis(edit.nextAttemptAt), edit.applicationId,
                edit.remoteApplicationId, edit.responseJson, edit.errorStatus, edit.errorMessage, before.origin(),
                before.onceKey(), note, before.documents());
        return new StoredSubmission(after, SubmissionRows.millis(edit.firstSentAt), edit.failures, edit.mayExist,
                edit.cancelRequested, labels, SubmissionRows.millis(edit.lastSentAt),
                edit.outcomeChecks.stream().map(SubmissionRows::millis).toList(), SubmissionRows.millis(edit.notBefore),
                edit.requestVersion + (newRequest ? 1 : 0), current.reuseByEmail(), edit.emailLookup,
                edit.noteAttempts, SubmissionRows.millis(edit.noteNextAt), current.sameCandidateAs());
    }
}
