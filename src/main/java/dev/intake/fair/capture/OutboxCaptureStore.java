package dev.intake.fair.capture;

import dev.intake.ats.CodedValue;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.Job;
import dev.intake.ats.NewCandidate;
import dev.intake.form.Messages;
import dev.intake.outbox.Outbox;
import dev.intake.outbox.SubmitOptions;
import dev.intake.store.DocumentUpload;
import dev.intake.store.FairEvent;
import dev.intake.store.HistoryLabels;
import dev.intake.store.Submission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Captures go into the outbox, which writes them to SQLite before anything is sent (a kill right after loses
 * nothing) and sends them when the ATS can be reached. Each capture is one submission with the event as its origin
 * and the capture's id as its once-only key; the rating, the event, the consent and the note follow as a note on
 * the application; the email is looked up in the ATS first so a known candidate is reused, never created twice, and
 * a capture staff marked as the same person follows the earlier capture's submission onto its candidate.
 */
public final class OutboxCaptureStore implements CaptureStore {
    private final Outbox outbox;
    private final FairEvent event;
    private final String profileId;
    private final Messages messages;
    private final List<Job> jobs;

    /**
     * {@code profileId}: where the applications go when the event names no profile; {@code jobs}: the event's jobs,
     * to name them.
     */
    public OutboxCaptureStore(Outbox outbox, FairEvent event, List<Job> jobs, String profileId, Messages messages) {
        this.outbox = Objects.requireNonNull(outbox);
        this.event = Objects.requireNonNull(event);
        this.jobs = List.copyOf(jobs);
        this.profileId = event.profileId() != null ? event.profileId() : Objects.requireNonNull(profileId);
        this.messages = Objects.requireNonNull(messages);
    }

    @Override
    public void save(Capture capture) {
        List<DocumentUpload> documents = capture.document() == null ? List.of() : List.of(read(capture.document()));
        // The same person seen again follows their earlier capture: never sent before it is settled, then onto its
        // candidate (and on the same job its application), so a read that lags never makes them twice.
        SubmitOptions options = new SubmitOptions(event.origin(), capture.id(), noteText(capture), true, documents,
                capture.samePersonAs());
        outbox.submit(profileId, request(capture), new HistoryLabels(capture.fullName(), capture.email(),
                capture.job() == null ? null : capture.job().title()), options);
    }

    CreateApplicationRequest request(Capture capture) {
        List<NewCandidate.PhoneNumber> phones = capture.phone() == null ? List.of()
                : List.of(new NewCandidate.PhoneNumber("mobile", capture.phone()));
        NewCandidate candidate = new NewCandidate(null, null, null, phones, capture.fullName(), capture.firstName(),
                capture.lastName(), capture.email(), List.of(), null, null, null, null, List.of());
        Job job = capture.job();
        return new CreateApplicationRequest(null, job == null ? null : job.id(), null, null,
                event.defaultStatus() == null ? null : CodedValue.of(event.defaultStatus()), List.of(),
                new CreateApplicationRequest.SourceRef(null, event.sourceName()), null, candidate, List.of());
    }

    /** What staff learnt at the booth, as one note: the event, the rating, consent, and their own words. */
    String noteText(Capture capture) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("fair.note.event", event.name()));
        if (capture.rating() > 0) {
            parts.add(messages.get("fair.note.rating", capture.rating(), Capture.MAX_RATING));
        }
        parts.add(messages.get(capture.consent() ? "fair.note.consent" : "fair.note.noConsent"));
        if (capture.samePersonAs() != null) {
            parts.add(messages.get("fair.note.seenAgain"));
        }
        if (capture.note() != null) {
            parts.add(capture.note());
        }
        return String.join("\n", parts);
    }

    private static DocumentUpload read(Path file) {
        try {
            String name = String.valueOf(file.getFileName());
            int dot = name.lastIndexOf('.');
            String format = dot < 0 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            return new DocumentUpload(name, format, null, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file.getFileName(), e);
        }
    }

    @Override
    public List<EarlierCapture> captured(String eventId) {
        return submissions(eventId).stream().filter(s -> s.request().candidate() != null)
                .map(s -> new EarlierCapture(s.onceKey(), s.request().candidate().name(),
                        s.request().candidate().email(), jobTitle(s.request().jobId()), s.createdAt()))
                .toList();
    }

    private String jobTitle(String jobId) {
        return jobs.stream().filter(job -> job.id().equals(jobId)).map(Job::title).filter(Objects::nonNull)
                .findFirst().orElse(jobId == null ? "" : jobId);
    }

    @Override
    public CaptureCounts counts(String eventId) {
        Set<String> visitors = new HashSet<>();
        int waiting = 0;
        int attention = 0;
        for (Submission submission : submissions(eventId)) {
            NewCandidate candidate = submission.request().candidate();
            if (candidate != null && candidate.email() != null) {
                visitors.add(candidate.email().strip().toLowerCase(Locale.ROOT));
            }
            switch (submission.state()) {
                case QUEUED, SENDING, WAITING_TO_RETRY -> waiting++;
                case REJECTED, OUTCOME_UNKNOWN -> attention++;
                default -> { }
            }
        }
        return new CaptureCounts(visitors.size(), waiting, attention);
    }

    private List<Submission> submissions(String eventId) {
        if (!eventId.equals(event.id())) {
            throw new IllegalArgumentException("This store captures for event " + event.id() + ", not " + eventId);
        }
        return outbox.byOrigin(event.origin());
    }
}
