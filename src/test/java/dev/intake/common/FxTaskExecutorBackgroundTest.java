package dev.intake.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The executor's background methods, which the commands without a window use: they need no toolkit, and work
 * waiting for its delay never holds up the end of the process.
 */
class FxTaskExecutorBackgroundTest {
    @Test
    void backgroundWorkRunsOnAWorkerWithoutTheToolkit() throws Exception {
        try (FxTaskExecutor executor = new FxTaskExecutor()) {
            AtomicReference<String> thread = new AtomicReference<>();
            CountDownLatch ran = new CountDownLatch(1);

            executor.runInBackground(() -> {
                thread.set(Thread.currentThread().getName());
                ran.countDown();
            });

            assertTrue(ran.await(10, TimeUnit.SECONDS));
            assertTrue(thread.get().startsWith("intake-worker-"), thread.get());
        }
    }

    @Test
    void delayedWorkRunsAfterItsDelayAndNotOnceCancelled() throws Exception {
        try (FxTaskExecutor executor = new FxTaskExecutor()) {
            CountDownLatch ran = new CountDownLatch(1);
            AtomicBoolean cancelledRan = new AtomicBoolean();
            long asked = System.nanoTime();

            executor.runInBackgroundAfter(Duration.ofMillis(200), () -> cancelledRan.set(true)).cancel();
            executor.runInBackgroundAfter(Duration.ofMillis(300), ran::countDown);

            assertTrue(ran.await(10, TimeUnit.SECONDS));
            assertTrue(System.nanoTime() - asked >= TimeUnit.MILLISECONDS.toNanos(300), "not before its delay");
            assertFalse(cancelledRan.get(), "cancelled work never runs");
        }
    }

    @Test
    void closingDropsWorkStillWaitingForItsDelayAtOnce() {
        FxTaskExecutor executor = new FxTaskExecutor();
        AtomicBoolean ran = new AtomicBoolean();
        executor.runInBackgroundAfter(Duration.ofHours(1), () -> ran.set(true));

        long closing = System.nanoTime();
        executor.close();

        Duration took = Duration.ofNanos(System.nanoTime() - closing);
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "closed in " + took + ", not after its grace period");
        assertFalse(ran.get());
    }

    @Test
    void closedFromOneOfItsOwnWorkersItDoesNotWaitForItself() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        AtomicReference<Duration> took = new AtomicReference<>();
        CountDownLatch closed = new CountDownLatch(1);

        executor.runInBackground(() -> {
            long started = System.nanoTime();
            executor.close();
            took.set(Duration.ofNanos(System.nanoTime() - started));
            closed.countDown();
        });

        assertTrue(closed.await(10, TimeUnit.SECONDS));
        assertEquals(-1, took.get().compareTo(Duration.ofSeconds(2)), "returned at once, took " + took.get());
    }
}
