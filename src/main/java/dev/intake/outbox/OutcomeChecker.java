package dev.intake.outbox;

import dev.intake.ats.Application;
import dev.intake.ats.Ats;
import dev.intake.ats.Candidate;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.IsoInstant;
import dev.intake.ats.Page;
import dev.intake.ats.PageSource;
import dev.intake.store.StoredSubmission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Asks the ATS whether a create whose answer was lost did happen, using only reads: the candidate by email (their
 * application ids), then the job's applications created since the first send. Throws {@link
 * dev.intake.ats.AtsException} when the ATS cannot be asked.
 */
final class OutcomeChecker {
    /** The ATS's clock may differ from this machine's; look this much further back. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    static final int PAGE_SIZE = 100;
    /**
     * At most this many pages per list walk (2,000 records at {@link #PAGE_SIZE}): an ATS whose list never ends
     * must not keep the outbox asking for ever.
     */
    static final int MAX_PAGES = 20;

    /** What the ATS says about one submission. */
    sealed interface Result {
    }

    /** The application exists: the create happened. */
    record Found(Application application) implements Result {
    }

    /** No such application: the create did not happen (as far as the ATS shows today). */
    record NotFound() implements Result {
    }

    /**
     * A list walk ended before its end (too many pages, or the ATS handed back a cursor it had already given): what
     * was not read may hold the application, so this is never a "not found". {@code why} says what happened.
     */
    record CannotTell(String why) implements Result {
    }

    /** The request has nothing to look it up by; {@code why} says what is missing. */
    record CannotCheck(String why) implements Result {
    }

    private final Runnable beforeEachCall;
    private final Predicate<String> alreadyRecorded;

    /**
     * @param beforeEachCall called before every HTTP call (rate limiting)
     * @param alreadyRecorded whether another submission already owns an application id, so two submissions of the
     *     same candidate for the same job never claim one application
     */
    OutcomeChecker(Runnable beforeEachCall, Predicate<String> alreadyRecorded) {
        this.beforeEachCall = beforeEachCall;
        this.alreadyRecorded = alreadyRecorded;
    }

    Result check(Ats ats, StoredSubmission stored) {
        try {
            return lookUp(ats, stored);
        } catch (WalkEnded ended) {
            return new CannotTell(ended.getMessage());
        }
    }

    private Result lookUp(Ats ats, StoredSubmission stored) {
        CreateApplicationRequest request = stored.submission().request();
        Instant since = (stored.firstSentAt() != null ? stored.firstSentAt() : stored.submission().createdAt())
                .minus(CLOCK_SKEW);
        Set<String> candidateIds = new HashSet<>();
        Set<String> applicationIds = new HashSet<>();
        if (request.candidateId() != null && !request.candidateId().isBlank()) {
            candidateIds.add(request.candidateId());
        } else {
            String email = request.candidate() == null ? null : request.candidate().email();
            if (email == null || email.isBlank()) {
                return new CannotCheck(OutboxText.get("outbox.check.nothingToLookUp"));
            }
            for (Candidate candidate : all(ats.candidatesByEmail(email.trim(), PAGE_SIZE))) {
                if (candidate.id() != null) {
                    candidateIds.add(candidate.id());
                }
                if (candidate.applicationIds() != null) {
                    applicationIds.addAll(candidate.applicationIds());
                }
            }
            if (candidateIds.isEmpty()) {
                // Creating the application creates the candidate: no candidate, no application (as of now).
                return new NotFound();
            }
        }
        for (Application application : all(ats.applications(request.jobId(), IsoInstant.format(since), PAGE_SIZE))) {
            boolean ours = applicationIds.contains(application.id())
                    || (application.candidateId() != null && candidateIds.contains(application.candidateId()));
            boolean sameJob = request.jobId() == null || request.jobId().equals(application.jobId());
            Instant created = IsoInstant.parseOrNull(application.createdAt());
            boolean recent = created == null || !created.isBefore(since);
            if (ours && sameJob && recent && application.id() != null && !alreadyRecorded.test(application.id())) {
                return new Found(application);
            }
        }
        return new NotFound();
    }

    /** A list walk that stopped before the list's end. */
    private static final class WalkEnded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WalkEnded(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * Every item of a list, page by page, each page fetch counted as a call; at most {@link #MAX_PAGES} pages, and
     * never the same cursor twice.
     */
    private <T> List<T> all(PageSource<T> source) {
        List<T> items = new ArrayList<>();
        Set<String> cursorsSeen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            if (pages == MAX_PAGES) {
                throw new WalkEnded(OutboxText.get("outbox.check.tooManyPages", MAX_PAGES));
            }
            beforeEachCall.run();
            Page<T> page = source.fetch(cursor);
            pages++;
            items.addAll(page.data());
            cursor = page.hasNext() ? page.next() : null;
            if (cursor != null && !cursorsSeen.add(cursor)) {
                throw new WalkEnded(OutboxText.get("outbox.check.repeatedCursor"));
            }
        } while (cursor != null);
        return items;
    }
}
