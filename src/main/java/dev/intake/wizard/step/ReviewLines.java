package dev.intake.wizard.step;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.intake.ats.Json;
import dev.intake.form.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects a step's lines for the review: labels from the bundle, blank values left out. */
public final class ReviewLines {
    private final Messages messages;
    private final List<ApplicationSummary.Line> lines = new ArrayList<>();

    public ReviewLines(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    /** A line labelled with the text of {@code key}, when the value is not blank. */
    public ReviewLines add(String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(new ApplicationSummary.Line(messages.get(key), value));
        }
        return this;
    }

    /** A line with its label as given. */
    public ReviewLines line(String label, String value) {
        lines.add(new ApplicationSummary.Line(label, value));
        return this;
    }

    /** Free-form JSON (passthrough, custom fields) on one line. */
    public static String compact(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    public List<ApplicationSummary.Line> lines() {
        return List.copyOf(lines);
    }
}
