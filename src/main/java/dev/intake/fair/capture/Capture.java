package dev.intake.fair.capture;

import dev.intake.ats.Job;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One visitor as booth staff entered them at quick entry (or as they entered themselves at the kiosk), frozen when
 * saved. {@code id} is unique and doubles as the once-only
 * key of its submission, so saving the same capture again (a retry after a failed write) never sends it twice.
 * {@code samePersonAs} is the id of an earlier capture of this event with the same email when staff said it is the
 * same person; null otherwise. {@code document} is a CV the visitor chose at the kiosk, or null.
 */
public record Capture(String id, String eventId, Instant capturedAt, String firstName, String lastName,
        String email, String phone, Job job, int rating, String note, boolean consent, String samePersonAs,
        Path document) {
    /** The highest rating staff give. */
    public static final int MAX_RATING = 4;

    public Capture {
        Objects.requireNonNull(id);
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(capturedAt);
        if (rating < 0 || rating > MAX_RATING) {
            throw new IllegalArgumentException("rating " + rating);
        }
    }

    public String fullName() {
        return (firstName + " " + lastName).strip();
    }
}
