package dev.intake.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Saves what the user is typing so a crash loses nothing. The screen that types owns the draft's format (JSON text);
 * the store keeps it durably. Blocking (SQLite): call off the UI thread.
 *
 * <p>Two kinds of draft share the store, so that retention and forgetting a candidate reach both: the wizard's
 * unfinished applications, and at most one quick-entry draft per fair event, kept under
 * {@link #quickEntryId(String)}. A quick-entry draft is never an unfinished application: {@link #unfinished()} leaves
 * it out, and quick entry finds its own by id.
 */
public interface DraftStore {
    /** How every quick-entry draft's id begins. */
    String QUICK_ENTRY = "quick-entry:";

    /** The id of the quick-entry draft of this event. */
    static String quickEntryId(String eventId) {
        return QUICK_ENTRY + eventId;
    }

    static boolean isQuickEntry(String id) {
        return id != null && id.startsWith(QUICK_ENTRY);
    }

    /** A saved draft; {@code json} is the wizard state, attachments included. */
    record Draft(String id, String profileId, Instant savedAt, String json) {
    }

    /** Inserts or replaces the draft with this id; committed when this returns. */
    void save(Draft draft);

    /** The wizard's unfinished applications, newest first (never a quick-entry draft). */
    List<Draft> unfinished();

    Optional<Draft> find(String id);

    /** Removes a draft (submitted or discarded by the user). */
    void delete(String id);
}
