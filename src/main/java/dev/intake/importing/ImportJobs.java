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

    /** The open jobs of {@code profileId}'s account. */
    static List<Job> open(ConnectionResolver resolver, String profileId) throws ImportCommand.Stop {
        Optional<Ats> ats = resolver.ats(profileId);
        if (ats.isEmpty()) {
            throw new ImportCommand.Stop(ImportCommand.EXIT_BAD_INPUT, resolver.unavailableMessage(profileId));
        }
        try {
            return ats.get().jobs("open", PAGE_SIZE).all();
        } catch (AtsException e) {
            throw new ImportCommand.Stop(ImportCommand.EXIT_JOBS_UNAVAILABLE,
                    ImportText.get("import.cli.jobsUnavailable", e.getMessage()));
        }
    }
}
