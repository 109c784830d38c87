package dev.intake.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket for the outbox's calls to the ATS. StackOne allows 1,000 requests a minute per account; the
 * outbox keeps well below so that the wizard's own lookups still have room while a long queue drains.
 */
public final class RateLimiter {
    /** The outbox's share of StackOne's 1,000 requests a minute. */
    public static final int DEFAULT_PER_MINUTE = 600;
    public static final int DEFAULT_BURST = 10;

    private final double perMilli;
    private final double burst;
    private final Clock clock;
    private double tokens;
    private Instant last;

    public RateLimiter(int perMinute, int burst, Clock clock) {
        if (perMinute <= 0 || burst <= 0) {
            throw new IllegalArgumentException("rate and burst must be positive");
        }
        this.perMilli = perMinute / 60_000.0;
        this.burst = burst;
        this.clock = clock;
        this.tokens = burst;
        this.last = clock.instant();
    }

    public static RateLimiter standard(Clock clock) {
        return new RateLimiter(DEFAULT_PER_MINUTE, DEFAULT_BURST, clock);
    }

    /** How long until a call may be made; zero when one may be made now. */
    public synchronized Duration waitTime() {
        refill();
        if (tokens >= 1) {
            return Duration.ZERO;
        }
        return Duration.ofMillis((long) Math.ceil((1 - tokens) / perMilli));
    }

    /** Records a call that was made. The balance may go below zero; later calls then wait longer. */
    public synchronized void record() {
        refill();
        tokens -= 1;
    }

    private void refill() {
        Instant now = clock.instant();
        long elapsed = Duration.between(last, now).toMillis();
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed * perMilli);
            last = now;
        }
    }
}
