package dev.intake.ats;

import java.util.List;

/** One page of a list call; {@code next} is the opaque cursor, null or empty on the last page. */
public record Page<T>(List<T> data, String next) {
    public Page {
        data = data == null ? List.of() : List.copyOf(data);
    }

    /** StackOne's rule: only an absent or empty cursor ends the list; a short page does not. */
    public boolean hasNext() {
        return next != null && !next.isEmpty();
    }
}
