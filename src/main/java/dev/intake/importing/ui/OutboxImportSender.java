package dev.intake.importing.ui;

import dev.intake.form.Messages;
import dev.intake.importing.ImportOutcome;
import dev.intake.importing.PlannedRow;
import dev.intake.outbox.Outbox;
import dev.intake.outbox.SubmitOptions;
import dev.intake.outbox.Submitted;
import dev.intake.store.HistoryLabels;
import dev.intake.store.Submission;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Hands an import's rows to the outbox of one profile: each with the file as its origin, its row key as the
 * once-only key (so importing the file again stores nothing new for rows handed before), its note to post after
 * the create, and the candidate looked up by email first (an applicant the ATS knows is not created twice).
 */
public final class OutboxImportSender implements ImportSender {
    private static final String ORIGIN_PREFIX = "import:";
    private final Outbox outbox;
    private final String profileId;
    private final Messages messages;

    public OutboxImportSender(Outbox outbox, String profileId, Messages messages) {
        this.outbox = Objects.requireNonNull(outbox);
        this.profileId = Objects.requireNonNull(profileId);
        this.messages = Objects.requireNonNull(messages);
    }

    @Override
    public RowUpdate hand(String origin, PlannedRow row) {
        Submitted submitted = outbox.submit(profileId, row.request(), HistoryLabels.NONE,
                new SubmitOptions(origin, row.key(), row.note(), true));
        if (submitted.alreadyKnown()) {
            return new RowUpdate(submitted.submission().localId(), ImportOutcome.ALREADY_IMPORTED,
                    submitted.submission().applicationId(), null);
        }
        return update(submitted.submission());
    }

    @Override
    public Set<String> alreadyHanded(Collection<String> keys) {
        Set<String> known = new LinkedHashSet<>();
        for (String key : keys) {
            if (key != null && outbox.byOnceKey(key).isPresent()) {
                known.add(key);
            }
        }
        return known;
    }

    @Override
    public RowUpdate cancel(long localId) {
        return update(outbox.cancel(localId));
    }

    @Override
    public Runnable follow(Consumer<RowUpdate> listener) {
        return outbox.addListener(submission -> {
            if (submission.origin() != null && submission.origin().startsWith(ORIGIN_PREFIX)) {
                listener.accept(update(submission));
            }
        });
    }

    /** A submission's state as an import's row outcome: waiting until the ATS answered or a person decided. */
    RowUpdate update(Submission submission) {
        ImportOutcome outcome = switch (submission.state()) {
            case QUEUED, SENDING, WAITING_TO_RETRY -> ImportOutcome.QUEUED;
            case CREATED -> ImportOutcome.CREATED;
            case REJECTED -> ImportOutcome.REJECTED;
            case CANCELLED -> ImportOutcome.CANCELLED;
            case OUTCOME_UNKNOWN -> ImportOutcome.OUTCOME_UNKNOWN;
            case ALREADY_IN_ATS -> ImportOutcome.ALREADY_IN_ATS;
        };
        String error = switch (submission.state()) {
            case CANCELLED -> messages.get("import.ui.cancelledByUser");
            case REJECTED, OUTCOME_UNKNOWN -> submission.errorMessage();
            default -> null;
        };
        return new RowUpdate(submission.localId(), outcome, submission.applicationId(), error);
    }
}
