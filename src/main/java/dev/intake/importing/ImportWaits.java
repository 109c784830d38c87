package dev.intake.importing;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** How the import waits for the outbox: for a pass to end, or for a row to change. */
interface ImportWaits {
    /** Waits until {@code done} completes, at most {@code max}; false when it did not. */
    boolean await(CompletableFuture<Void> done, Duration max);

    /** Plain waiting on the future. */
    static ImportWaits system() {
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
        };
    }
}
