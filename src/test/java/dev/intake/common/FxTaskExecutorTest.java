package dev.intake.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FxTaskExecutorTest {
    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test in this JVM started it: that is all this test needs.
        }
    }

    @Test
    void closingLetsRunningWorkFinishSoADraftSaveStillReachesTheDisk() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        executor.wrap(() -> {
            started.countDown();
            proceed.await();
            finished.set(true);
            return null;
        }).start();
        assertTrue(started.await(10, TimeUnit.SECONDS));

        Thread closing = Thread.ofPlatform().start(executor::close);
        // Release the work only once close() is under way (waiting, or already returned having interrupted it).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (closing.getState() != Thread.State.TIMED_WAITING && closing.getState() != Thread.State.TERMINATED
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertFalse(finished.get(), "the work cannot have finished before it was allowed to");
        proceed.countDown();
        closing.join(TimeUnit.SECONDS.toMillis(10));

        assertFalse(closing.isAlive(), "close returns once the running work is done");
        assertTrue(finished.get(), "close waited for the running work instead of interrupting it");
    }

    @Test
    void runLaterRunsOnTheUiThreadAfterTheDelayAndNotOnceCancelledWithNoTimerThread() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        CountDownLatch ran = new CountDownLatch(1);
        AtomicBoolean onUi = new AtomicBoolean();
        AtomicBoolean cancelledRan = new AtomicBoolean();
        long asked = System.nanoTime();

        TaskExecutor.Cancellable cancelled = executor.runOnUiAfter(Duration.ofMillis(50), () -> cancelledRan.set(true));
        cancelled.cancel();
        executor.runOnUiAfter(Duration.ofMillis(150), () -> {
            onUi.set(Platform.isFxApplicationThread());
            ran.countDown();
        });

        assertTrue(ran.await(10, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - asked >= TimeUnit.MILLISECONDS.toNanos(150), "not before the delay");
        assertTrue(onUi.get(), "on the UI thread");
        assertFalse(cancelledRan.get(), "a cancelled action never runs (it was due 100 ms before the other)");
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("intake-timer")),
                "no thread of its own waits for the delay");
        executor.close();
    }

    @Test
    void anActionDueAtOnceRunsAfterTheUiEventThatAskedForIt() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        CountDownLatch ran = new CountDownLatch(1);
        AtomicBoolean ranInsideTheCaller = new AtomicBoolean();
        AtomicBoolean callerDone = new AtomicBoolean();

        Platform.runLater(() -> {
            executor.runOnUiAfter(Duration.ZERO, () -> {
                ranInsideTheCaller.set(!callerDone.get());
                ran.countDown();
            });
            callerDone.set(true);
        });

        assertTrue(ran.await(10, TimeUnit.SECONDS));
        assertFalse(ranInsideTheCaller.get(), "a value listener's change finishes before the action sees it");
        executor.close();
    }
}
