package dev.intake.wizard.job;

import java.util.ArrayList;
import java.util.List;

/**
 * Sources used lately, most recent first, so the next applicant's source is one keystroke away. At start it is
 * seeded from the history of earlier submissions ({@link #rememberAll}), so it survives a restart.
 */
public final class RecentSources {
    private static final int LIMIT = 8;
    private final List<String> recent = new ArrayList<>();

    public synchronized void remember(String source) {
        if (source == null || source.isBlank()) {
            return;
        }
        String name = source.strip();
        recent.removeIf(existing -> existing.equalsIgnoreCase(name));
        recent.addFirst(name);
        while (recent.size() > LIMIT) {
            recent.removeLast();
        }
    }

    /** Remembers sources given newest first, as history lists them; the first stays the most recent. */
    public synchronized void rememberAll(List<String> newestFirst) {
        for (String source : newestFirst.reversed()) {
            remember(source);
        }
    }

    public synchronized List<String> list() {
        return List.copyOf(recent);
    }
}
