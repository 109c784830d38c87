package dev.intake.importing;

import dev.intake.ats.Ats;
import dev.intake.ats.AtsException;
import dev.intake.ats.AtsNetworkException;
import dev.intake.ats.Job;
import dev.intake.form.Ages;
import dev.intake.form.Messages;
import dev.intake.outbox.ConnectionResolver;
import dev.intake.store.EventPack;
import dev.intake.store.EventPackStore;
import dev.intake.store.EventStore;
import dev.intake.store.FairEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The jobs an import's rows are matched against: the account's open jobs, read from the ATS before any row is
 * checked. When the ATS cannot be reached, the open jobs of the newest event pack kept for the profile stand in
 * (rows are then checked against them and queued); without either no row can be checked, so the import stops and
 * sends nothing.
 */
final class ImportJobs {
    static final int PAGE_SIZE = 100;

    /** The jobs, and the event whose pack gave them when the ATS could not be reached (null when it answered). */
    record Found(List<Job> jobs, FairEvent packedFor, EventPack pack) {
        boolean fromPack() {
            return pack != null;
        }
    }

    private ImportJobs() {
    }

    /** The ATS of {@code profileId}'s account; a profile not set up here stops the import (exit 2). */
    static Ats ats(ConnectionResolver resolver, String profileId) throws ImportCommand.Stop {
        Optional<Ats> ats = resolver.ats(profileId);
        if (ats.isEmpty()) {
            throw new ImportCommand.Stop(ImportCommand.EXIT_BAD_INPUT, resolver.unavailableMessage(profileId));
        }
        return ats.get();
    }

    /** The account's open jobs, or those of the profile's newest event pack when the ATS cannot be reached. */
    static Found open(Ats ats, EventStore events, EventPackStore packs, String profileId)
            throws ImportCommand.Stop {
        try {
            return new Found(ats.jobs("open", PAGE_SIZE).all(), null, null);
        } catch (AtsNetworkException e) {
            Optional<Found> packed = newestPack(events, packs, profileId);
            if (packed.isPresent()) {
                return packed.get();
            }
            throw unavailable(e);
        } catch (AtsException e) {
            throw unavailable(e);
        }
    }

    /** The open jobs of the pack fetched last among the events of {@code profileId}. */
    static Optional<Found> newestPack(EventStore events, EventPackStore packs, String profileId) {
        return events.all().stream()
                .filter(event -> profileId != null && profileId.equals(event.profileId()) && event.id() != null)
                .flatMap(event -> packs.cached(event.id()).map(pack -> new Found(pack.openJobs(), event, pack))
                        .stream())
                .max(Comparator.comparing((Found found) -> found.pack().fetchedAt()));
    }

    /** "jobs from the event pack of “X”, packed 2 h ago", for standard error. */
    static String packNotice(Found found, Instant now) {
        return ImportText.get("import.cli.jobsFromPack", found.packedFor().name(),
                Ages.ago(found.pack().age(now), Messages.load()));
    }

    private static ImportCommand.Stop unavailable(AtsException e) {
        return new ImportCommand.Stop(ImportCommand.EXIT_JOBS_UNAVAILABLE,
                ImportText.get("import.cli.jobsUnavailable", e.getMessage()));
    }
}
