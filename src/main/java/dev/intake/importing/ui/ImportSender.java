package dev.intake.importing.ui;

import dev.intake.importing.ImportOutcome;
import dev.intake.importing.PlannedRow;
import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Hands checked rows to the outbox and reports what becomes of them. Every method but {@link #follow} may block on
 * the database: call them on the executor only.
 */
public interface ImportSender {
    /**
     * Saves one ready row to be sent, once: a row whose key was handed before (an earlier import of the same file)
     * is not saved again and comes back as {@link ImportOutcome#ALREADY_IMPORTED}.
     *
     * @param origin how history groups the import's submissions: {@code import:<file name>}
     */
    RowUpdate hand(String origin, PlannedRow row);

    /** The keys among {@code keys} that an earlier import already handed over (for the dry run). */
    Set<String> alreadyHanded(Collection<String> keys);

    /** Withdraws a handed row that is not sent yet; one already on its way keeps going. */
    RowUpdate cancel(long localId);

    /**
     * Calls {@code listener} (on a background thread) whenever a handed row's submission changes. Returns what
     * stops the calls.
     */
    Runnable follow(Consumer<RowUpdate> listener);

    /**
     * Where a handed row stands.
     *
     * @param localId the outbox's id of its submission
     * @param state the row's outcome so far: QUEUED until the ATS answered
     * @param applicationId the ATS's id once created
     * @param error why it was not created, in the person's words; null otherwise
     */
    record RowUpdate(long localId, ImportOutcome state, String applicationId, String error) {
    }
}
