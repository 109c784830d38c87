package dev.intake.outbox;

import dev.intake.ats.Application;
import dev.intake.ats.Ats;
import dev.intake.ats.AtsHttpException;
import dev.intake.ats.Candidate;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.Page;
import dev.intake.ats.PageSource;
import dev.intake.outbox.OutboxWorker.Step;
import dev.intake.store.StoredSubmission;
import dev.intake.store.SubmissionState;
import dev.intake.store.SubmissionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The look-up by email before the first send of a submission that asks for it ({@link
 * SubmitOptions#reuseCandidateByEmail}), for the {@link OutboxWorker} on its thread. A candidate found is reused: the
 * create names its {@code candidate_id} instead of a new candidate. When that candidate already has an application
 * on the job, the submission settles as ALREADY_IN_ATS with that application (its note and documents then go onto
 * it) and is never sent. Finding nobody proves nothing about a create in flight elsewhere, but it is all that can
 * be known: the submission is then sent with its new candidate. A look-up that fails delays the send; it is never
 * skipped. What it found is stored, so a later send (after a failure that proves nothing was created) uses it.
 */
final class CandidateReuse {
    private static final Set<SubmissionState> SENDABLE = Set.of(SubmissionState.QUEUED,
            SubmissionState.WAITING_TO_RETRY);
    private static final int PAGE_SIZE = 100;

    /** The worker's transition, only while the request is still at the version read (null: any). */
    @FunctionalInterface
    interface Transition {
        Optional<StoredSubmission> apply(long id, Set<SubmissionState> from, Integer requestVersion,
                Consumer<SubmissionStore.Edit> change);
    }

    private final RateLimiter limiter;
    private final RetryPolicy retry;
    private final Clock clock;
    private final Transition transition;
    private final OutcomeSettler.Holds holds;

    CandidateReuse(RateLimiter limiter, RetryPolicy retry, Clock clock, Transition transition,
            OutcomeSettler.Holds holds) {
        this.limiter = limiter;
        this.retry = retry;
        this.clock = clock;
        this.transition = transition;
        this.holds = holds;
    }

    /** Whether this submission is to be looked up before it is sent, and was not yet. */
    static boolean needsLookUp(StoredSubmission stored) {
        CreateApplicationRequest request = stored.submission().request();
        return stored.reuseByEmail() && stored.emailLookup() == null && request.candidate() != null
                && request.candidate().email() != null && !request.candidate().email().isBlank();
    }

    /**
     * The request to send: with the candidate found by email (or taken from the earlier submission it follows), else
     * as stored.
     */
    static CreateApplicationRequest toSend(StoredSubmission stored) {
        CreateApplicationRequest r = stored.submission().request();
        String found = stored.emailLookup();
        if ((!stored.reuseByEmail() && stored.sameCandidateAs() == null) || found == null || found.isEmpty()) {
            return r;
        }
        return new CreateApplicationRequest(r.passthrough(), r.jobId(), r.jobPostingId(), r.locationId(),
                r.applicationStatus(), r.questionnaires(), r.source(), found, null, r.documents());
    }

    /**
     * Looks the email up, records what was found, and sends the submission with {@code send} unless it settled as
     * already in the ATS, has to wait, or changed meanwhile.
     */
    Step lookUpThenSend(StoredSubmission stored, Ats ats, Function<StoredSubmission, Step> send) {
        long id = stored.localId();
        CreateApplicationRequest request = stored.submission().request();
        Instant now = clock.instant();
        Candidate candidate;
        Optional<Application> existing;
        try {
            List<Candidate> found = walk(ats.candidatesByEmail(request.candidate().email().trim(), PAGE_SIZE));
            candidate = found.stream().filter(c -> c.id() != null).findFirst().orElse(null);
            existing = candidate == null ? Optional.empty() : application(ats, candidate, request.jobId());
        } catch (RuntimeException failure) {
            return waitAfter(stored, failure, now, reason -> OutboxText.get("outbox.error.lookUpFailed", reason));
        }
        Integer version = stored.requestVersion();
        if (existing.isPresent()) {
            Application app = existing.get();
            transition.apply(id, SENDABLE, version, e -> e.state(SubmissionState.ALREADY_IN_ATS)
                    .emailLookup(candidate.id()).created(app.id(), app.remoteId(), null).nextAttemptAt(null)
                    .failures(0).notBefore(null)
                    .error(null, OutboxText.get("outbox.alreadyInAts", candidate.id(), app.id())));
            return Step.NEXT;
        }
        String lookup = candidate == null ? "" : candidate.id();
        Optional<StoredSubmission> ready = transition.apply(id, SENDABLE, version, e -> e.emailLookup(lookup));
        return ready.isPresent() ? send.apply(ready.get()) : Step.NEXT;
    }

    /** The candidate's application on this job, if any. */
    private Optional<Application> application(Ats ats, Candidate candidate, String jobId) {
        Set<String> ids = candidate.applicationIds() == null ? Set.of() : new HashSet<>(candidate.applicationIds());
        return walk(ats.applications(jobId, null, PAGE_SIZE)).stream()
                .filter(a -> jobId == null || jobId.equals(a.jobId()))
                .filter(a -> candidate.id().equals(a.candidateId()) || ids.contains(a.id()))
                .findFirst();
    }

    /**
     * WAITING_TO_RETRY after a failed read before the send, with what {@code says} of the failure's reason; the queue
     * pauses when the network or the ATS as a whole is out.
     */
    Step waitAfter(StoredSubmission stored, RuntimeException failure, Instant now, Function<String, String> says) {
        AtsHttpException http = failure instanceof AtsHttpException h ? h : null;
        String why = says.apply(http != null ? "HTTP " + http.status() + ": " + http.serverMessage()
                : failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        CreateFailure kind = CreateFailure.of(failure);
        Instant at;
        Optional<Duration> retryAfter = http == null ? Optional.empty() : http.retryAfter();
        if (kind == CreateFailure.NO_CONNECTION) {
            at = holds.networkDown();
        } else {
            at = now.plus(retry.delay(stored.failures() + 1, retryAfter));
            if (kind == CreateFailure.ATS_BUSY) {
                holds.atsPause(at, retryAfter.isPresent());
            }
        }
        Instant notBefore = retryAfter.map(now::plus).orElse(null);
        transition.apply(stored.localId(), SENDABLE, stored.requestVersion(), e -> e
                .state(SubmissionState.WAITING_TO_RETRY).failures(e.failures() + 1).nextAttemptAt(at)
                .notBefore(notBefore).error(http == null ? null : http.status(), why));
        return kind == CreateFailure.NO_CONNECTION || kind == CreateFailure.ATS_BUSY ? Step.STOP : Step.NEXT;
    }

    /** Every item, page by page, each fetch under the rate limit; at most 20 pages, never a cursor twice. */
    private <T> List<T> walk(PageSource<T> source) {
        List<T> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cursor = null;
        for (int pages = 0; pages < OutcomeChecker.MAX_PAGES; pages++) {
            limiter.record();
            Page<T> page = source.fetch(cursor);
            items.addAll(page.data());
            cursor = page.hasNext() ? page.next() : null;
            if (cursor == null) {
                return items;
            }
            if (!seen.add(cursor)) {
                throw new IllegalStateException(OutboxText.get("outbox.check.repeatedCursor"));
            }
        }
        throw new IllegalStateException(OutboxText.get("outbox.check.tooManyPages", OutcomeChecker.MAX_PAGES));
    }
}
