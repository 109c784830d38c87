package dev.intake.wizard.step;

import dev.intake.ats.CreateApplicationRequest;
import java.util.List;

/**
 * The application as the review shows it, read-only: the request Submit would send and, for each step, what the
 * user entered there in words.
 */
public record ApplicationSummary(CreateApplicationRequest request, List<Section> sections) {
    public ApplicationSummary {
        sections = List.copyOf(sections);
    }

    /** A label and its value as the review page shows them. */
    public record Line(String label, String value) {
    }

    /** A step's part of the review, with the step its Edit button returns to. */
    public record Section(WizardStep step, String title, List<Line> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }
}
