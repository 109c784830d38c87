package dev.intake.history;

import dev.intake.outbox.Outbox;
import dev.intake.store.HistoryEntry;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The person's decision on submissions the ATS could not confirm (the outcome stayed unknown after the last check):
 * <em>Send again</em>, which may create a duplicate, or <em>Mark as created</em>, for the selected one or for all of
 * them at once. Only a person decides this; the questions say what each choice does before anything changes.
 */
public final class HistoryDecisions {
    /** What the person decided. */
    public enum Decision {
        SEND_AGAIN, MARK_CREATED
    }

    /** Runs work in the background, then shows the message it returns and refreshes history. */
    interface Actions {
        void run(Callable<String> work);
    }

    private final Outbox outbox;
    private final ResourceBundle messages;
    private final Actions actions;
    private final ReadOnlyIntegerWrapper unconfirmed = new ReadOnlyIntegerWrapper(this, "unconfirmed");

    HistoryDecisions(Outbox outbox, ResourceBundle messages, Actions actions) {
        this.outbox = outbox;
        this.messages = messages;
        this.actions = actions;
    }

    /** Whether this entry waits for a person: checked with the ATS, not found, no further check planned. */
    public static boolean needsDecision(HistoryEntry entry) {
        return entry != null && entry.state() == SubmissionState.OUTCOME_UNKNOWN && entry.nextAttemptAt() == null;
    }

    /**
     * Whether a person marked this entry as created: only that decision settles a submission as created with a note
     * and without ATS ids (the sender clears the note when the ATS answers or a check finds the application).
     */
    public static boolean markedByUser(HistoryEntry entry) {
        return entry != null && entry.state() == SubmissionState.CREATED && entry.applicationId() == null
                && entry.errorMessage() != null;
    }

    private static boolean needsDecision(Submission s) {
        return s.state() == SubmissionState.OUTCOME_UNKNOWN && s.nextAttemptAt() == null;
    }

    /** The question to ask before deciding for one entry. */
    public String question(Decision decision, HistoryEntry entry) {
        String who = entry.candidateName() != null ? entry.candidateName() : entry.candidateEmail() != null
                ? entry.candidateEmail() : entry.candidateId();
        return format("history.decide.question." + decision.name(), who);
    }

    /** The question to ask before deciding for every unconfirmed submission: how many, and what will happen. */
    public String questionForAll(Decision decision) {
        return format("history.decideAll.question." + decision.name(), unconfirmed.get());
    }

    /** Applies the person's decision to this entry. */
    public void decide(Decision decision, HistoryEntry entry) {
        long id = entry.localId();
        actions.run(() -> {
            apply(decision, id);
            return text("history.decide.done." + decision.name());
        });
    }

    /** Applies the person's decision to every submission that still waits for one (those settled meanwhile not). */
    public void decideForAll(Decision decision) {
        actions.run(() -> {
            int done = 0;
            for (Submission s : outbox.pending()) {
                if (needsDecision(s)) {
                    try {
                        apply(decision, s.localId());
                        done++;
                    } catch (IllegalStateException settledMeanwhile) {
                        // Checked again or decided elsewhere in the meantime: nothing left to decide for it.
                    }
                }
            }
            return format("history.decideAll.done." + decision.name(), done);
        });
    }

    /** Counts, in the background work of a refresh, the submissions that wait for a decision. */
    int countUnconfirmed() {
        return (int) outbox.pending().stream().filter(HistoryDecisions::needsDecision).count();
    }

    void setUnconfirmed(int count) {
        unconfirmed.set(count);
    }

    private void apply(Decision decision, long localId) {
        switch (decision) {
            case SEND_AGAIN -> outbox.confirmNotCreated(localId);
            case MARK_CREATED -> outbox.confirmCreated(localId);
        }
    }

    /** How many submissions wait for a person's decision; follows every refresh of history. */
    public ReadOnlyIntegerProperty unconfirmedProperty() {
        return unconfirmed.getReadOnlyProperty();
    }

    private String text(String key) {
        return messages.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(messages.getString(key), messages.getLocale()).format(args);
    }
}
