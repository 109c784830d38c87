package dev.intake.fair.kiosk;

import java.time.Duration;

/**
 * How long the kiosk waits: {@code idle} without a key or click before the countdown, the {@code countdown} before
 * abandoned input is wiped, the {@code thanks} page before it starts over, and the {@code lockout} after too many
 * wrong PINs.
 */
public record KioskTimers(Duration idle, Duration countdown, Duration thanks, Duration lockout, int wrongPinLimit) {
    public static final KioskTimers STANDARD = new KioskTimers(Duration.ofSeconds(60), Duration.ofSeconds(10),
            Duration.ofSeconds(5), Duration.ofSeconds(30), 5);
}
