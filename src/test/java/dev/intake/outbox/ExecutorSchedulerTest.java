package dev.intake.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.common.FxTaskExecutor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The app's outbox scheduler on the app's one executor: its tasks one at a time and in order, as the outbox relies on,
 * though the executor itself runs any number of tasks at once.
 */
class ExecutorSchedulerTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final ExecutorScheduler scheduler = new ExecutorScheduler(executor);

    @AfterEach
    void close() {
        scheduler.close();
        executor.close();
    }

    @Test
    void tasksRunOneAtATimeInTheOrderTheyCame() throws Exception {
        List<Integer> order = new CopyOnWriteArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicBoolean overlapped = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(200);

        for (int i = 0; i < 200; i++) {
            int n = i;
            scheduler.execute(() -> {
                if (running.incrementAndGet() > 1) {
                    overlapped.set(true);
                }
                order.add(n);
                running.decrementAndGet();
                done.countDown();
            });
        }

        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertFalse(overlapped.get(), "no two outbox tasks ran at once");
        assertEquals(java.util.stream.IntStream.range(0, 200).boxed().toList(), order);
    }

    @Test
    void aTaskWaitingBehindARunningOneDoesNotStartBesideIt() throws Exception {
        CountDownLatch secondStarted = new CountDownLatch(1);
        AtomicBoolean secondRanBeside = new AtomicBoolean();
        CountDownLatch firstDone = new CountDownLatch(1);

        scheduler.execute(() -> {
            try {
                // Were the second task run beside this one, it would start within this wait.
                secondRanBeside.set(secondStarted.await(1, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            firstDone.countDown();
        });
        scheduler.execute(secondStarted::countDown);

        assertTrue(firstDone.await(10, TimeUnit.SECONDS));
        assertTrue(secondStarted.await(10, TimeUnit.SECONDS), "the second ran once the first was done");
        assertFalse(secondRanBeside.get(), "the second waited for the first");
    }

    @Test
    void aFailingTaskDoesNotStopTheOnesAfterIt() throws Exception {
        CountDownLatch after = new CountDownLatch(1);

        scheduler.execute(() -> {
            throw new IllegalStateException("a bad pass");
        });
        scheduler.execute(after::countDown);

        assertTrue(after.await(10, TimeUnit.SECONDS));
    }

    @Test
    void aDelayedTaskRunsWhenDueAndNotOnceCalledOff() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        AtomicBoolean calledOffRan = new AtomicBoolean();

        scheduler.schedule(Duration.ofMillis(100), () -> calledOffRan.set(true)).cancel();
        scheduler.schedule(Duration.ofMillis(200), ran::countDown);

        assertTrue(ran.await(10, TimeUnit.SECONDS));
        assertFalse(calledOffRan.get());
    }

    @Test
    void closingDropsWhatWaitsSoTheAppsExitDoesNotWaitForARetryHoursAway() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        scheduler.schedule(Duration.ofHours(2), () -> ran.set(true));

        scheduler.close();
        scheduler.execute(() -> ran.set(true));
        long closing = System.nanoTime();
        executor.close();

        assertTrue(Duration.ofNanos(System.nanoTime() - closing).compareTo(Duration.ofSeconds(2)) < 0,
                "the executor closed at once");
        assertFalse(ran.get(), "nothing runs once the scheduler is closed");
    }
}
