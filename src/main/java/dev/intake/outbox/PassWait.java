package dev.intake.outbox;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** How a command without a window waits for the outbox's pass it asked for: plainly, on the calling thread. */
public final class PassWait {
    private PassWait() {
    }

    /** Waits until {@code done} completes, at most {@code max}; false when it did not or the wait was interrupted. */
    public static boolean await(CompletableFuture<Void> done, Duration max) {
        try {
            done.get(max.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("The outbox failed", e.getCause());
        }
    }
}
