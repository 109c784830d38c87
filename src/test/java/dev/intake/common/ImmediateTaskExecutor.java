package dev.intake.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs everything on the calling thread, at once: for ViewModel tests without a toolkit. Delayed actions wait in
 * a queue until {@link #runDelayed()} so debouncing can be tested without sleeping.
 */
public final class ImmediateTaskExecutor implements TaskExecutor {
    private final List<Runnable> delayed = new ArrayList<>();

    @Override
    public <T> BackgroundTask<T> wrap(Callable<T> work) {
        return new BackgroundTask<>(work, runnable -> {
            runnable.run();
            return () -> { };
        }, this);
    }

    @Override
    public void runOnUi(Runnable action) {
        action.run();
    }

    @Override
    public Cancellable runOnUiAfter(Duration delay, Runnable action) {
        delayed.add(action);
        return () -> delayed.remove(action);
    }

    /** Runs the delayed actions that are still scheduled, as if their delay had passed; returns how many ran. */
    public int runDelayed() {
        List<Runnable> due = new ArrayList<>(delayed);
        delayed.clear();
        for (Iterator<Runnable> it = due.iterator(); it.hasNext();) {
            it.next().run();
        }
        return due.size();
    }

    /** How many delayed actions are waiting. */
    public int pendingDelayed() {
        return delayed.size();
    }
}
