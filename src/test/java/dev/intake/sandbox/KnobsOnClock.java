package dev.intake.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Fault knobs whose rate-limit windows follow a test's clock, so a {@code Retry-After} passes without waiting. */
public final class KnobsOnClock {
    private KnobsOnClock() {
    }

    public static FaultKnobs on(Clock clock) {
        return new FaultKnobs(() -> Duration.between(Instant.EPOCH, clock.instant()).toNanos());
    }
}
