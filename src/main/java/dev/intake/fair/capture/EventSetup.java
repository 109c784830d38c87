package dev.intake.fair.capture;

import dev.intake.ats.Job;
import dev.intake.store.EventPack;
import dev.intake.store.FairEvent;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * The setup of {@code event} from its cached pack: the pack's open jobs the event offers, in the shortlist's
     * order (every open job, by title, when the shortlist is empty). Without a pack there are no jobs to offer.
     */
    public static EventSetup of(FairEvent event, Optional<EventPack> pack) {
        List<Job> open = pack.map(EventPack::openJobs).orElse(List.of());
        Comparator<Job> order = event.shortlistJobIds().isEmpty()
                ? Comparator.comparing((Job job) -> job.title() == null ? "" : job.title())
                : Comparator.comparingInt((Job job) -> event.shortlistJobIds().indexOf(job.id()));
        List<Job> offered = open.stream().filter(job -> event.offers(job.id())).sorted(order).toList();
        return new EventSetup(event.id(), event.name(), event.consentRequired(), event.consentText(), offered);
    }
}
