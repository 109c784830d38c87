package dev.intake.store;

/**
 * For the status bar: {@code pending} submissions the outbox is still working on (queued, sending, waiting to
 * retry, outcome being checked), and {@code failed} ones that need a person (rejected, or outcome unknown after
 * the check found nothing).
 */
public record OutboxCounts(int pending, int failed) {
}
