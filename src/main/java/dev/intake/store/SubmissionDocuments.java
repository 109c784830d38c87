package dev.intake.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents to upload onto applications once they are created, each with its own state and next try. Their
 * bytes stay here until the upload succeeded, then are dropped: the ATS holds the file, and Intake keeps only its
 * name. Blocking: call on the outbox's thread or through the task executor.
 */
public final class SubmissionDocuments {
    /** A document still to upload, with its bytes. */
    public record Pending(long id, long localId, int position, DocumentUpload document, int attempts,
            Instant nextAt) {
    }

    private final Database database;

    SubmissionDocuments(Database database) {
        this.database = database;
    }

    /** This submission's documents still to upload, in upload order. */
    public List<Pending> pending(long localId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, position, file_name, file_format, "
                    + "category_id, content, attempts, next_at FROM submission_documents WHERE local_id = ? "
                    + "AND state = 'PENDING' ORDER BY position")) {
                query.setLong(1, localId);
                List<Pending> found = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Pending(rs.getLong("id"), localId, rs.getInt("position"),
                                new DocumentUpload(rs.getString("file_name"), rs.getString("file_format"),
                                        rs.getString("category_id"), rs.getBytes("content")),
                                rs.getInt("attempts"), SubmissionRows.instant(rs, "next_at")));
                    }
                }
                return found;
            }
        });
    }

    /** Uploaded: its bytes are dropped. */
    public void sent(long id) {
        update(id, FollowUpState.SENT, null, null, null, true);
    }

    /** Refused for good, with the ATS's status (or null) and message; the bytes stay for a person to act on. */
    public void failed(long id, Integer status, String message) {
        update(id, FollowUpState.FAILED, null, status, message, false);
    }

    /** Not uploaded: tried again at {@code at}, the failure kept to show meanwhile. */
    public void retryAt(long id, Instant at, Integer status, String message) {
        update(id, FollowUpState.PENDING, at, status, message, false);
    }

    private void update(long id, FollowUpState state, Instant nextAt, Integer status, String message,
            boolean dropBytes) {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE submission_documents SET state = ?, "
                    + "attempts = attempts + 1, next_at = ?, error_status = ?, error_message = ?"
                    + (dropBytes ? ", content = zeroblob(0)" : "") + " WHERE id = ? AND state = 'PENDING'")) {
                update.setString(1, state.name());
                SubmissionRows.setInstant(update, 2, nextAt);
                if (status == null) {
                    update.setNull(3, Types.INTEGER);
                } else {
                    update.setInt(3, status);
                }
                update.setString(4, message);
                update.setLong(5, id);
                return update.executeUpdate();
            }
        });
    }
}
