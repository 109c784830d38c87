package dev.intake.importing;

import dev.intake.outbox.PassWait;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** How the import waits for the outbox: for a pass to end, or for a row to change. */
interface ImportWaits {
    /** Waits until {@code done} completes, at most {@code max}; false when it did not. */
    boolean await(CompletableFuture<Void> done, Duration max);

    /** Plain waiting on the future. */
    static ImportWaits system() {
        return PassWait::await;
    }
}
