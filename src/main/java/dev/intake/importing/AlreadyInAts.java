package dev.intake.importing;

import dev.intake.ats.Application;
import dev.intake.ats.Ats;
import dev.intake.ats.Candidate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * For a dry run: whether the ATS already lists a candidate with a row's email on the row's job, as the outbox's
 * look-up before a create would find it. Only reads; each job's applications are listed once. Lists trail new
 * records in real ATSs, so "not found" is no proof: the outbox looks again when the row is sent.
 */
final class AlreadyInAts {
    static final int PAGE_SIZE = 100;

    private final Ats ats;
    private final Map<String, Set<String>> candidatesOnJob = new HashMap<>();

    AlreadyInAts(Ats ats) {
        this.ats = Objects.requireNonNull(ats);
    }

    /** @throws dev.intake.ats.AtsException when the ATS cannot be asked */
    boolean has(String email, String jobId) {
        String wanted = email.strip().toLowerCase(Locale.ROOT);
        Set<String> candidates = ats.candidatesByEmail(email.strip(), PAGE_SIZE).all().stream()
                .filter(c -> emails(c).anyMatch(wanted::equals))
                .map(Candidate::id).filter(Objects::nonNull).collect(Collectors.toSet());
        if (candidates.isEmpty()) {
            return false;
        }
        Set<String> onJob = candidatesOnJob.computeIfAbsent(jobId, job -> ats.applications(job, null, PAGE_SIZE)
                .all().stream().map(Application::candidateId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return candidates.stream().anyMatch(onJob::contains);
    }

    private static Stream<String> emails(Candidate candidate) {
        Stream<String> listed = candidate.emails() == null ? Stream.empty()
                : candidate.emails().stream().map(Candidate.Email::value);
        return Stream.concat(Stream.of(candidate.email()), listed).filter(Objects::nonNull)
                .map(e -> e.strip().toLowerCase(Locale.ROOT));
    }
}
