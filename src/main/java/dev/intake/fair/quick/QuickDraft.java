package dev.intake.fair.quick;

import dev.intake.ats.Job;
import dev.intake.fair.capture.Capture;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What quick entry keeps on disk between keystrokes (as JSON, one per event): the visitor being typed, and the
 * visitors already saved whose capture is not yet known to be on disk (being written, or whose write failed). Each
 * visitor carries the id their capture is stored under, so a draft that outlived its capture (a crash between the
 * two writes) is recognised and never saved twice.
 */
record QuickDraft(Visitor typing, List<Visitor> pending) {
    static final QuickDraft EMPTY = new QuickDraft(null, List.of());

    QuickDraft {
        pending = pending == null ? List.of() : List.copyOf(pending);
    }

    boolean isEmpty() {
        return typing == null && pending.isEmpty();
    }

    /** One visitor; {@code capturedAt} (epoch milliseconds) is 0 while still being typed. */
    record Visitor(String captureId, long capturedAt, String firstName, String lastName, String email, String phone,
            String jobId, int rating, String note, boolean consent, String samePersonAs) {
        Visitor {
            Objects.requireNonNull(captureId);
        }

        static Visitor typed(String captureId, QuickEntryForm.Typed typed, Job job) {
            return new Visitor(captureId, 0, typed.firstName(), typed.lastName(), typed.email(), typed.phone(),
                    job == null ? null : job.id(), typed.rating(), typed.note(), typed.consent(), null);
        }

        static Visitor of(Capture capture) {
            return new Visitor(capture.id(), capture.capturedAt().toEpochMilli(), capture.firstName(),
                    capture.lastName(), capture.email(), capture.phone(),
                    capture.job() == null ? null : capture.job().id(), capture.rating(), capture.note(),
                    capture.consent(), capture.samePersonAs());
        }

        QuickEntryForm.Typed typed() {
            return new QuickEntryForm.Typed(text(firstName), text(lastName), text(email), text(phone),
                    Math.clamp(rating, 0, Capture.MAX_RATING), text(note), consent);
        }

        /** The job among the event's, or null when the event no longer offers it. */
        Job job(List<Job> jobs) {
            return jobs.stream().filter(job -> job.id().equals(jobId)).findFirst().orElse(null);
        }

        Capture capture(String eventId, List<Job> jobs) {
            return new Capture(captureId, eventId, Instant.ofEpochMilli(capturedAt), text(firstName),
                    text(lastName), text(email), phone, job(jobs), Math.clamp(rating, 0, Capture.MAX_RATING), note,
                    consent, samePersonAs, null);
        }

        private static String text(String value) {
            return value == null ? "" : value;
        }
    }
}
