package dev.intake.fair.pack;

import dev.intake.common.Failures;
import dev.intake.common.TaskExecutor;
import dev.intake.fair.EventPackException;
import dev.intake.fair.EventPacks;
import dev.intake.form.Ages;
import dev.intake.form.Messages;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The line above a fair screen that says what capture works from: how many jobs the event pack holds and how old it
 * is (kept current while the screen is open), why the last fetch failed if it did, and Refresh, which fetches the
 * pack again while the booth is online. A failed refresh keeps the pack capture works from.
 */
public final class EventPackBarViewModel {
    /** How often the age is written again: minutes are the finest unit shown. */
    static final Duration TICK = Duration.ofSeconds(30);

    private final EventPacks packs;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<EventPacks.Opened> refreshed;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper(this, "refreshing");
    private EventPacks.Opened opened;
    private TaskExecutor.Cancellable tick;
    private boolean closed;

    /** {@code refreshed} receives the event with its new pack, on the UI thread, after each successful refresh. */
    public EventPackBarViewModel(EventPacks.Opened opened, EventPacks packs, TaskExecutor executor, Messages messages,
            Clock clock, Consumer<EventPacks.Opened> refreshed) {
        this.opened = Objects.requireNonNull(opened);
        this.packs = Objects.requireNonNull(packs);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        this.refreshed = Objects.requireNonNull(refreshed);
        problem.set(opened.fresh() ? null : text(opened.refreshFailure()));
        showAge();
    }

    /** Starts keeping the age current; {@link #close()} stops it. */
    public void start() {
        scheduleTick();
    }

    private void scheduleTick() {
        if (!closed) {
            tick = executor.runOnUiAfter(TICK, () -> {
                showAge();
                scheduleTick();
            });
        }
    }

    private void showAge() {
        status.set(messages.get("fair.pack.status", opened.pack().openJobs().size(),
                Ages.ago(opened.pack().age(clock.instant()), messages)));
    }

    /** Fetches the pack again; one fetch at a time. */
    public void refresh() {
        if (refreshing.get() || closed) {
            return;
        }
        refreshing.set(true);
        problem.set(null);
        status.set(messages.get("fair.pack.refreshing"));
        executor.wrap(() -> packs.refresh(opened.event())).onSuccess(pack -> {
            refreshing.set(false);
            opened = new EventPacks.Opened(opened.event(), pack, null);
            showAge();
            if (!closed) {
                refreshed.accept(opened);
            }
        }).onFailure(failure -> {
            refreshing.set(false);
            showAge();
            problem.set(failure instanceof EventPackException e ? text(e)
                    : messages.get("fair.pack.refreshFailed", Failures.reason(failure)));
        }).start();
    }

    /** The screen closed: no more ticks, and a refresh still running changes nothing. */
    public void close() {
        closed = true;
        if (tick != null) {
            tick.cancel();
        }
    }

    private String text(EventPackException failure) {
        return failure.userMessage().format(messages.bundle());
    }

    /** "Event pack: 521 jobs, packed 2 h ago". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last fetch failed and what to do, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
    }
}
