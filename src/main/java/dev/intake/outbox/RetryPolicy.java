package dev.intake.outbox;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How long to wait before trying again: exponential backoff with jitter, never sooner than the server's
 * {@code Retry-After}. The jitter keeps laptops that lost the same Wi-Fi from all coming back in the same second.
 */
public final class RetryPolicy {
    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    public RetryPolicy(Duration base, Duration cap, RandomGenerator random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= cap");
        }
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** 2 s, 4 s, 8 s ... up to 5 minutes. */
    public static RetryPolicy standard(RandomGenerator random) {
        return new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(5), random);
    }

    /**
     * The wait after the {@code failures}-th failure in a row (1 for the first). Half of the exponential step is
     * fixed and half random; with a {@code Retry-After} the wait is that plus up to a tenth more (at most a second).
     */
    public Duration delay(int failures, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent() && !retryAfter.get().isNegative()) {
            long after = retryAfter.get().toMillis();
            long spread = Math.min(after / 10, 1_000);
            return Duration.ofMillis(after + (spread == 0 ? 0 : random.nextLong(spread + 1)));
        }
        int exponent = Math.max(0, Math.min(failures - 1, 30));
        long step = Math.min(cap.toMillis(), base.toMillis() << Math.min(exponent, 20));
        long half = step / 2;
        return Duration.ofMillis(step - half + random.nextLong(half + 1));
    }

    /** The longest {@link #delay} can be without a {@code Retry-After}. */
    public Duration cap() {
        return cap;
    }
}
