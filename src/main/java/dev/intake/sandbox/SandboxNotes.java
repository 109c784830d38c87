package dev.intake.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Notes on applications ({@code POST/GET /unified/ats/applications/{id}/notes}): kept per application in the order
 * they came, each as StackOne's {@code Note} ({@link SandboxFollowUps} checks what comes in). Thread-safe.
 */
public final class SandboxNotes {
    private final Map<String, List<ObjectNode>> byApplication = new LinkedHashMap<>();

    /** The text of each note on {@code applicationId}, oldest first. */
    public synchronized List<String> texts(String applicationId) {
        List<String> texts = new ArrayList<>();
        for (ObjectNode note : byApplication.getOrDefault(applicationId, List.of())) {
            StringBuilder text = new StringBuilder();
            note.path("content").forEach(block -> text.append(block.path("body").asText("")));
            texts.add(text.toString());
        }
        return texts;
    }

    /** How many notes were added, on all applications. */
    public synchronized int count() {
        return byApplication.values().stream().mapToInt(List::size).sum();
    }

    synchronized List<ObjectNode> nodes(String applicationId) {
        return List.copyOf(byApplication.getOrDefault(applicationId, List.of()));
    }

    /** Keeps a note {@link SandboxFollowUps} checked and built. */
    synchronized void keep(String applicationId, ObjectNode note) {
        byApplication.computeIfAbsent(applicationId, k -> new ArrayList<>()).add(note);
    }
}
