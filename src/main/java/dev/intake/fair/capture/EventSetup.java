package dev.intake.fair.capture;

import dev.intake.ats.Job;
import java.util.List;
import java.util.Objects;

/**
 * What quick entry and the kiosk need to know about the event they capture for, read from the event and its cached
 * pack (so they work offline): its id and name, whether consent must be given and its text, and the jobs visitors
 * can apply to.
 */
public record EventSetup(String eventId, String eventName, boolean consentRequired, String consentText,
        List<Job> jobs) {
    public EventSetup {
        Objects.requireNonNull(eventId);
        Objects.requireNonNull(eventName);
        consentText = consentText == null ? "" : consentText;
        jobs = List.copyOf(jobs);
    }
}
