package dev.intake.fair.summary;

import dev.intake.outbox.Outbox;
import dev.intake.store.FairEvent;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.store.SubmissionStore;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** An event's submissions from the outbox (by the event's origin); the purge deletes the settled ones. */
public final class OutboxSummarySource implements SummarySource {
    private static final Set<SubmissionState> SETTLED = EnumSet.of(SubmissionState.CREATED,
            SubmissionState.ALREADY_IN_ATS, SubmissionState.CANCELLED, SubmissionState.REJECTED);
    private final Outbox outbox;
    private final SubmissionStore store;
    private final FairEvent event;

    public OutboxSummarySource(Outbox outbox, SubmissionStore store, FairEvent event) {
        this.outbox = Objects.requireNonNull(outbox);
        this.store = Objects.requireNonNull(store);
        this.event = Objects.requireNonNull(event);
    }

    @Override
    public List<Submission> submissions() {
        return outbox.byOrigin(event.origin());
    }

    @Override
    public int purgeSettled() {
        List<Long> settled = submissions().stream().filter(s -> SETTLED.contains(s.state()))
                .map(Submission::localId).toList();
        return settled.isEmpty() ? 0 : store.delete(settled);
    }
}
