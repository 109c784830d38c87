package dev.intake.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Saves what the user is typing so a crash loses nothing. The wizard owns the draft's format (JSON text); the
 * store keeps it durably. Blocking (SQLite): call off the UI thread.
 */
public interface DraftStore {
    /** A saved draft; {@code json} is the wizard state, attachments included. */
    record Draft(String id, String profileId, Instant savedAt, String json) {
    }

    /** Inserts or replaces the draft with this id; committed when this returns. */
    void save(Draft draft);

    /** Unfinished drafts, newest first. */
    List<Draft> unfinished();

    Optional<Draft> find(String id);

    /** Removes a draft (submitted or discarded by the user). */
    void delete(String id);
}
