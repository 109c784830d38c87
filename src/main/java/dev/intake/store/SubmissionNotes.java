package dev.intake.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Notes on submissions ("sent to <profile>"), oldest first. Blocking: call through the task executor. */
public final class SubmissionNotes {
    /** The submission was sent on to another profile: sending it on again would make a duplicate. */
    public static final String SENT_TO = "sent-to";

    /** One note; {@code kind} says what it records, such as {@link #SENT_TO}. */
    public record Note(long localId, Instant createdAt, String kind, String text) {
    }

    private final Database database;
    private final Clock clock;

    public SubmissionNotes(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void add(long localId, String kind, String text) {
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO submission_notes(local_id, created_at, kind, note) VALUES (?, ?, ?, ?)")) {
                insert.setLong(1, localId);
                insert.setLong(2, clock.millis());
                insert.setString(3, kind);
                insert.setString(4, text);
                return insert.executeUpdate();
            }
        });
    }

    /** True when {@code localId} has a note of {@code kind}. */
    public boolean has(long localId, String kind) {
        return of(localId).stream().anyMatch(note -> note.kind().equals(kind));
    }

    public List<Note> of(long localId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT created_at, kind, note FROM submission_notes WHERE local_id = ? ORDER BY id")) {
                query.setLong(1, localId);
                List<Note> notes = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        notes.add(new Note(localId, Instant.ofEpochMilli(rows.getLong(1)), rows.getString(2),
                                rows.getString(3)));
                    }
                }
                return notes;
            }
        });
    }
}
