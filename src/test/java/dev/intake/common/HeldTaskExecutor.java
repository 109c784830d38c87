package dev.intake.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Holds every piece of background work until the test lets it run, on the calling thread: a slow disk made
 * controllable. UI actions run at once; delayed ones wait for {@link #runDelayed()}.
 */
public final class HeldTaskExecutor implements TaskExecutor {
    private final List<Runnable> held = new ArrayList<>();
    private final List<Runnable> delayed = new ArrayList<>();

    @Override
    public <T> BackgroundTask<T> wrap(Callable<T> work) {
        return new BackgroundTask<>(work, runnable -> {
            held.add(runnable);
            return () -> held.remove(runnable);
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

    /** How many pieces of work wait to run. */
    public int held() {
        return held.size();
    }

    /** Lets the oldest held work run (and report). */
    public void runNext() {
        held.removeFirst().run();
    }

    /** Runs held work until none is left, including work that work started. */
    public void runAll() {
        while (!held.isEmpty()) {
            runNext();
        }
    }

    public void runDelayed() {
        List<Runnable> due = new ArrayList<>(delayed);
        delayed.clear();
        due.forEach(Runnable::run);
    }

    /** The work started last first (it overtakes the others), then the rest in order. */
    public void runLastThenTheRest() {
        List<Runnable> due = new ArrayList<>(held);
        held.clear();
        due.removeLast().run();
        due.forEach(Runnable::run);
    }
}
