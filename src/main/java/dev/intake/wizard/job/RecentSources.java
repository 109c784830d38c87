package dev.intake.wizard.job;

import java.util.ArrayList;
import java.util.List;

/** Sources used in this session, most recent first, so the next applicant's source is one keystroke away. */
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

    public synchronized List<String> list() {
        return List.copyOf(recent);
    }
}
