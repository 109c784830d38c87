package dev.intake.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** How the import waits for the outbox and for time to pass. */
interface ImportWaits {
    /** Waits until {@code done} completes, at most {@code max}; false when it did not. */
    boolean await(CompletableFuture<Void> done, Duration max);

    /** Returns once the clock shows {@code at} or later. */
    void waitUntil(Instant at) throws InterruptedException;

    /** Plain waiting on the system clock. */
    static ImportWaits system(Clock clock) {
        return new ImportWaits() {
            @Override
            public boolean await(CompletableFuture<Void> done, Duration max) {
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

            @Override
            public void waitUntil(Instant at) throws InterruptedException {
                for (long left = Duration.between(clock.instant(), at).toMillis(); left > 0;
                        left = Duration.between(clock.instant(), at).toMillis()) {
                    Thread.sleep(left);
                }
            }
        };
    }
}
