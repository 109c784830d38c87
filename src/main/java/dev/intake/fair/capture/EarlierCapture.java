package dev.intake.fair.capture;

import java.time.Instant;

/** A visitor already captured at this event, found by their email: enough to ask "the same person?". */
public record EarlierCapture(String captureId, String name, String email, String jobTitle, Instant capturedAt) {
}
