package dev.intake.fair.quick;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.intake.ats.Json;
import dev.intake.common.TaskExecutor;
import dev.intake.store.DraftStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Quick entry's draft of one event, kept in the {@link DraftStore} under {@link DraftStore#quickEntryId(String)}:
 * written on the screen's {@link WriteChain} within {@link #SAVE_WITHIN} of a change (more typing does not put the
 * write off, so someone who never pauses still has their visitor on disk), or at once when asked. Each write takes
 * what the form holds when its turn comes, so writes waiting behind a slow capture never write an old state.
 */
final class QuickEntryDrafts {
    /** How long a change waits, at most, before it is written. */
    static final Duration SAVE_WITHIN = Duration.ofMillis(250);

    private final DraftStore store;
    private final String id;
    private final TaskExecutor executor;
    private final WriteChain chain;
    private final Clock clock;
    private final Supplier<QuickDraft> current;
    private final Consumer<Throwable> failed;
    private TaskExecutor.Cancellable scheduled;
    /** A write waits in the chain and has not taken its content yet. */
    private boolean queued;
    /** What the store holds, as far as this screen knows; null before the first read. */
    private QuickDraft onDisk;
    /** The draft of an earlier session could not be read: it is not overwritten. */
    private boolean unreadable;

    QuickEntryDrafts(DraftStore store, String eventId, TaskExecutor executor, WriteChain chain, Clock clock,
            Supplier<QuickDraft> current, Consumer<Throwable> failed) {
        this.store = Objects.requireNonNull(store);
        this.id = DraftStore.quickEntryId(eventId);
        this.executor = Objects.requireNonNull(executor);
        this.chain = Objects.requireNonNull(chain);
        this.clock = Objects.requireNonNull(clock);
        this.current = Objects.requireNonNull(current);
        this.failed = Objects.requireNonNull(failed);
    }

    /**
     * Reads the draft left by an earlier session, first in the chain so nothing typed now overwrites it before it
     * is read; {@code found} gets it (empty when there is none), on the UI thread.
     */
    void read(Consumer<QuickDraft> found, Consumer<Throwable> unreadableDraft) {
        chain.then(() -> () -> {
            Optional<DraftStore.Draft> kept = store.find(id);
            return kept.isPresent() ? parse(kept.get().json()) : QuickDraft.EMPTY;
        },
                draft -> {
                    onDisk = draft;
                    found.accept(draft);
                }, error -> {
                    unreadable = true;
                    unreadableDraft.accept(error);
                });
    }

    private static QuickDraft parse(String json) throws JsonProcessingException {
        return Json.mapper().readValue(json, QuickDraft.class);
    }

    /** The form changed: written within {@link #SAVE_WITHIN}. */
    void changed() {
        if (scheduled == null && !queued) {
            scheduled = executor.runOnUiAfter(SAVE_WITHIN, () -> {
                scheduled = null;
                writeNow();
            });
        }
    }

    /** Writes what the form holds now, after the writes already asked for. */
    void writeNow() {
        if (scheduled != null) {
            scheduled.cancel();
            scheduled = null;
        }
        if (queued || unreadable) {
            return;
        }
        queued = true;
        chain.then(() -> {
            queued = false;
            QuickDraft draft = current.get();
            if (draft.equals(onDisk)) {
                return () -> Optional.<QuickDraft>empty();
            }
            return () -> {
                if (draft.isEmpty()) {
                    store.delete(id);
                } else {
                    store.save(new DraftStore.Draft(id, null, clock.instant(),
                            Json.mapper().writeValueAsString(draft)));
                }
                return Optional.of(draft);
            };
        }, written -> written.ifPresent(draft -> onDisk = draft), failed);
    }

    /** True when the store holds {@code visitor} as the one being typed, exactly. */
    boolean holdsTyping(QuickDraft.Visitor visitor) {
        return onDisk != null && visitor.equals(onDisk.typing());
    }
}
