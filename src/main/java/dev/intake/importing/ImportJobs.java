package dev.intake.importing;

import dev.intake.ats.Ats;
import dev.intake.ats.AtsException;
import dev.intake.ats.Job;
import dev.intake.outbox.ConnectionResolver;
import java.util.List;
import java.util.Optional;

/**
 * The jobs an import's rows are matched against: the account's open jobs, read from the ATS before any row is
 * checked. Without them no row can be checked, so the import stops and sends nothing.
 */
final class ImportJobs {
    static final int PAGE_SIZE = 100;

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

    /** The account's open jobs. */
    static List<Job> open(Ats ats) throws ImportCommand.Stop {
        try {
            return ats.jobs("open", PAGE_SIZE).all();
        } catch (AtsException e) {
            throw new ImportCommand.Stop(ImportCommand.EXIT_JOBS_UNAVAILABLE,
                    ImportText.get("import.cli.jobsUnavailable", e.getMessage()));
        }
    }
}
