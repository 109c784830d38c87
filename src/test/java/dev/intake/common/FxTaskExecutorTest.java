package dev.intake.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
