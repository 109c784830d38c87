package dev.intake.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Notes on submissions ("sent to <profile>"), oldest first. Blocking: call through the task executor. */
public final class SubmissionNotes {
    /** One note. */
    public record Note(long localId, Instant createdAt, String text) {
    }

    private final Database database;
    private final Clock clock;

    public SubmissionNotes(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void add(long localId, String text) {
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO submission_notes(local_id, created_at, note) VALUES (?, ?, ?)")) {
                insert.setLong(1, localId);
                insert.setLong(2, clock.millis());
                insert.setString(3, text);
                return insert.executeUpdate();
            }
        });
    }

    public List<Note> of(long localId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT created_at, note FROM submission_notes WHERE local_id = ? ORDER BY id")) {
                query.setLong(1, localId);
                List<Note> notes = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        notes.add(new Note(localId, Instant.ofEpochMilli(rows.getLong(1)), rows.getString(2)));
                    }
                }
                return notes;
            }
        });
    }
}
