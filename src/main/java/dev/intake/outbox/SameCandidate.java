package dev.intake.outbox;

import dev.intake.ats.Application;
import dev.intake.ats.Ats;
import dev.intake.outbox.OutboxWorker.Step;
import dev.intake.store.StoredSubmission;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.store.SubmissionStore;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A submission that follows an earlier one of the same person ({@link SubmitOptions#sameCandidateAs}), before it is
 * sent, for the {@link OutboxWorker} on its thread. A look-up by email right after the earlier create very likely
 * finds nothing (ATSs show new records in lists and searches only after a while), so the follower never relies on
 * it while the earlier one is about:
 * <ul>
 * <li>The earlier one not settled yet (queued, waiting, being sent, or perhaps created): the follower waits, and
 * says why. It is looked at again on every pass, which the earlier one's own progress brings.</li>
 * <li>The earlier one in the ATS (created, or already there): its candidate is read from its application by id
 * (shown at once, unlike lists) and kept on the follower. On the same job the follower settles as ALREADY_IN_ATS on
 * that application, so its note and documents go onto it; on another job it is created for that candidate.</li>
 * <li>The earlier one refused or cancelled, marked created without its ids, sent to another account, or unknown
 * here: the follower goes on as any other submission (the look-up by email, then the create).</li>
 * </ul>
 */
final class SameCandidate {
    private static final Set<SubmissionState> SENDABLE = Set.of(SubmissionState.QUEUED,
            SubmissionState.WAITING_TO_RETRY);
    private static final Set<SubmissionState> NEVER_CREATED = Set.of(SubmissionState.REJECTED,
            SubmissionState.CANCELLED);

    private final SubmissionStore store;
    private final RateLimiter limiter;
    private final Clock clock;
    private final CandidateReuse reuse;
    private final CandidateReuse.Transition transition;

    SameCandidate(SubmissionStore store, RateLimiter limiter, Clock clock, CandidateReuse reuse,
            CandidateReuse.Transition transition) {
        this.store = store;
        this.limiter = limiter;
        this.clock = clock;
        this.reuse = reuse;
        this.transition = transition;
    }

    /**
     * Whether this submission follows an earlier one and has no candidate to reuse yet (none taken from the earlier
     * one, nor found by email): then the earlier one decides before anything is sent.
     */
    static boolean follows(StoredSubmission stored) {
        return stored.sameCandidateAs() != null && (stored.emailLookup() == null || stored.emailLookup().isEmpty());
    }

    /**
     * Waits for the earlier submission, follows it onto its candidate, or goes on as any other submission with
     * {@code goOn}; {@code send} sends the follower once it holds the earlier one's candidate. {@code ats} is the
     * follower's connection (empty when its account is not available: then {@code goOn} says so).
     */
    Step afterEarlier(StoredSubmission stored, Optional<Ats> ats, Function<StoredSubmission, Step> goOn,
            Function<StoredSubmission, Step> send) {
        // One sent to another account knows nothing of this one's ATS: it is as unknown here.
        Optional<StoredSubmission> found = store.byOnceKey(stored.sameCandidateAs())
                .filter(earlier -> earlier.localId() != stored.localId())
                .filter(earlier -> Objects.equals(earlier.submission().profileId(), stored.submission().profileId()));
        if (found.isEmpty()) {
            return goOn.apply(stored);
        }
        StoredSubmission earlier = found.get();
        SubmissionState state = earlier.submission().state();
        if (NEVER_CREATED.contains(state)) {
            return goOn.apply(stored);
        }
        if (!SubmissionStore.FOLLOWED_UP.contains(state)) {
            return waitFor(stored, earlier);
        }
        String applicationId = earlier.submission().applicationId();
        if (applicationId == null || ats.isEmpty()) {
            // Marked created by a person, without its ids: only the email is left to find the candidate by.
            return goOn.apply(stored);
        }
        String candidateId = knownCandidate(earlier);
        if (candidateId == null) {
            try {
                limiter.record();
                Application application = ats.get().application(applicationId);
                candidateId = application == null ? null : application.candidateId();
            } catch (RuntimeException failure) {
                return reuse.waitAfter(stored, failure, clock.instant(), reason -> OutboxText.get(
                        "outbox.error.earlierReadFailed", earlier.localId(), applicationId, reason));
            }
        }
        if (candidateId == null || candidateId.isBlank()) {
            return goOn.apply(stored);
        }
        String candidate = candidateId;
        Integer version = stored.requestVersion();
        Submission first = earlier.submission();
        if (Objects.equals(first.request().jobId(), stored.submission().request().jobId())) {
            transition.apply(stored.localId(), SENDABLE, version, e -> e.state(SubmissionState.ALREADY_IN_ATS)
                    .emailLookup(candidate).created(first.applicationId(), first.remoteApplicationId(), null)
                    .nextAttemptAt(null).failures(0).notBefore(null)
                    .error(null, OutboxText.get("outbox.sameAsEarlier", earlier.localId(), first.applicationId())));
            return Step.NEXT;
        }
        Optional<StoredSubmission> ready = transition.apply(stored.localId(), SENDABLE, version, e -> e
                .emailLookup(candidate).error(null, null));
        return ready.isPresent() ? send.apply(ready.get()) : Step.NEXT;
    }

    /** The earlier one's candidate as it was sent (named in its request, or reused by it), or null. */
    private static String knownCandidate(StoredSubmission earlier) {
        String named = earlier.submission().request().candidateId();
        if (named != null && !named.isBlank()) {
            return named;
        }
        boolean reused = earlier.reuseByEmail() || earlier.sameCandidateAs() != null;
        return reused && earlier.emailLookup() != null && !earlier.emailLookup().isEmpty() ? earlier.emailLookup()
                : null;
    }

    /** Stays as it is, saying which submission it waits for; written once, not on every pass. */
    private Step waitFor(StoredSubmission stored, StoredSubmission earlier) {
        String why = OutboxText.get("outbox.waitsForEarlier", earlier.localId());
        Submission s = stored.submission();
        if (!why.equals(s.errorMessage()) || s.nextAttemptAt() != null) {
            transition.apply(stored.localId(), SENDABLE, stored.requestVersion(), e -> e.nextAttemptAt(null)
                    .error(null, why));
        }
        return Step.NEXT;
    }
}
