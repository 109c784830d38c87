package dev.intake.outbox;

import dev.intake.ats.Ats;
import dev.intake.ats.AtsException;
import dev.intake.ats.AtsNetworkException;
import dev.intake.common.TaskExecutor;
import dev.intake.store.StoreException;
import dev.intake.store.StoredSubmission;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.store.SubmissionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The single sender. It works in passes over the unsettled submissions, oldest first, on the {@link Scheduler}'s one
 * thread, so nothing is ever sent twice at the same time and order is kept:
 * <ul>
 * <li>QUEUED, or WAITING_TO_RETRY once due: sent (only these are ever sent, and only while certainly not created);
 * one that follows an earlier submission of the same person only once that one is settled ({@link SameCandidate}).
 * </li>
 * <li>A send that may have created the application (see {@link CreateFailure#MAY_HAVE_CREATED}), or SENDING at the
 * start of a pass (left by a process that stopped mid-send): OUTCOME_UNKNOWN, checked with the ATS as
 * the {@link SettleSchedule} plans. Found means CREATED; still missing after the last check leaves it to a person. It is
 * never resent because a check missed it: only {@link Outbox#confirmNotCreated} sends it again.</li>
 * </ul>
 * Only a failure that says the ATS or the network as a whole is unavailable (no connection, 429, 503) ends the pass
 * and holds the queue; anything else concerns one submission, which gets its own next time while the pass goes on.
 * Without a connection the next pass first probes with a cheap read.
 */
public final class OutboxWorker implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(OutboxWorker.class.getName());
    /** After an unexpected failure (a bug, the disk), wait this long rather than spin. */
    static final Duration AFTER_UNEXPECTED_FAILURE = Duration.ofSeconds(30);
    /** Without a connection, probe at most this far apart so the queue drains soon after the network is back. */
    static final Duration MAX_PROBE_INTERVAL = Duration.ofMinutes(1);

    private static final Set<SubmissionState> SENDABLE = Set.of(SubmissionState.QUEUED,
            SubmissionState.WAITING_TO_RETRY);
    private static final Set<SubmissionState> UNKNOWN = Set.of(SubmissionState.OUTCOME_UNKNOWN);
    private static final Set<SubmissionState> IN_FLIGHT = Set.of(SubmissionState.SENDING);

    private final SubmissionStore store;
    private final ConnectionResolver connections;
    private final Scheduler scheduler;
    private final Clock clock;
    private final RetryPolicy retry;
    private final RateLimiter limiter;
    private final Consumer<Submission> changed;
    private final SettleSchedule settle;
    private final OutcomeSettler settler;
    private final FollowUpSender followUps;
    private final CandidateReuse reuse;
    private final SameCandidate sameCandidate;
    private final CreateSender creates;

    // Touched only on the scheduler's thread.
    private Pass current;
    private boolean again;
    private boolean forceNext;
    private List<CompletableFuture<Void>> waiters = new ArrayList<>();
    private Instant holdUntil;
    /** The hold is a pause the ATS named (Retry-After): no "send now" lifts it. */
    private boolean holdFromAts;
    private boolean offline;
    private boolean onlineAgain;
    private int probes;
    private TaskExecutor.Cancellable wakeUp;
    private Instant wakeUpAt;
    private volatile boolean closed;

    /** What processing one submission asks of the pass. */
    enum Step {
        /** Go on with the next submission. */
        NEXT,
        /** Go on with this submission again: it has more to send (its note sent, a document may follow). */
        AGAIN,
        /** End the pass: the ATS or the network asks the queue to wait. */
        STOP
    }

    private static final class Pass {
        final boolean force;
        final List<CompletableFuture<Void>> waiters;
        final Deque<Long> ids = new ArrayDeque<>();
        /** Created submissions whose note or documents are due; read once the unsettled ones are done. */
        final Deque<Long> followUps = new ArrayDeque<>();
        boolean followUpsRead;
        boolean cameOnline;

        Pass(boolean force, List<CompletableFuture<Void>> waiters) {
            this.force = force;
            this.waiters = waiters;
        }
    }

    /**
     * @param changed called with every submission the worker changed, right after the change is committed
     */
    public OutboxWorker(SubmissionStore store, ConnectionResolver connections, Scheduler scheduler, Clock clock,
            RetryPolicy retry, RateLimiter limiter, SettleSchedule settle, Consumer<Submission> changed) {
        this.settle = settle;
        this.store = store;
        this.connections = connections;
        this.scheduler = scheduler;
        this.clock = clock;
        this.retry = retry;
        this.limiter = limiter;
        this.changed = changed;
        OutcomeChecker checker = new OutcomeChecker(limiter::record, store::isApplicationRecorded);
        OutcomeSettler.Holds holds = new OutcomeSettler.Holds() {
            @Override
            public Instant networkDown() {
                offline = true;
                Instant until = clock.instant().plus(probeDelay(++probes));
                holdUntil = until;
                holdFromAts = false;
                return until;
            }

            @Override
            public void atsPause(Instant until, boolean named) {
                holdUntil = until;
                holdFromAts = named;
            }

            @Override
            public void networkUp() {
                offline = false;
                probes = 0;
            }
        };
        this.settler = new OutcomeSettler(connections, checker, settle, retry, clock, this::transition, holds);
        this.reuse = new CandidateReuse(limiter, retry, clock, this::transition, holds);
        this.sameCandidate = new SameCandidate(store, limiter, clock, reuse, this::transition);
        this.creates = new CreateSender(connections, clock, retry, limiter, settle, holds, this::transition);
        this.followUps = new FollowUpSender(store, connections, limiter, retry, clock, this::transition, holds,
                changed);
    }

    /**
     * Asks for a pass over the queue. {@code force} sends waiting submissions now and ignores the hold after a
     * failure (the user's "send now"); the rate limit still applies. The future completes when a pass that started
     * after this call has ended.
     */
    public CompletableFuture<Void> requestPass(boolean force) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (closed) {
            done.complete(null);
            return done;
        }
        scheduler.execute(() -> {
            waiters.add(done);
            forceNext |= force;
            if (current == null) {
                startPass();
            } else {
                again = true;
            }
        });
        return done;
    }

    /** The network works again (another call succeeded): stop holding the queue and send. */
    public void connectivityRestored() {
        if (closed) {
            return;
        }
        scheduler.execute(() -> {
            offline = false;
            onlineAgain = true;
            probes = 0;
            if (!holdFromAts) {
                holdUntil = null;
            }
        });
        requestPass(false);
    }

    /** Lifts the hold on the queue (the user asked to retry something now). */
    void liftHold() {
        if (closed) {
            return;
        }
        scheduler.execute(() -> {
            offline = false;
            if (!holdFromAts) {
                holdUntil = null;
            }
        });
    }

    /**
     * Cancels send number {@code attempt} of this submission: before its call started, it is never made (CANCELLED);
     * in flight, the call is cancelled and the outcome is then checked, never assumed.
     */
    void cancelInFlight(long localId, int attempt) {
        creates.cancelInFlight(localId, attempt);
    }

    /** Forgets cancel requests for earlier sends of this submission (it was edited and submitted again). */
    void forgetCancel(long localId) {
        creates.forgetCancel(localId);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        scheduler.execute(() -> {
            if (wakeUp != null) {
                wakeUp.cancel();
                wakeUp = null;
            }
            waiters.forEach(w -> w.complete(null));
            waiters = new ArrayList<>();
        });
    }

    private void startPass() {
        if (closed) {
            waiters.forEach(w -> w.complete(null));
            waiters = new ArrayList<>();
            return;
        }
        Pass pass = new Pass(forceNext, waiters);
        waiters = new ArrayList<>();
        forceNext = false;
        again = false;
        current = pass;
        try {
            Instant now = clock.instant();
            if (pass.force) {
                if (!holdFromAts) {
                    holdUntil = null;
                }
                offline = false;
            }
            if (holdUntil != null && now.isBefore(holdUntil)) {
                finishPass();
                return;
            }
            holdUntil = null;
            holdFromAts = false;
            pass.cameOnline = onlineAgain;
            onlineAgain = false;
            if (offline) {
                if (!probe()) {
                    finishPass();
                    return;
                }
                pass.cameOnline = true;
            }
            pass.ids.addAll(store.unsettledIds());
        } catch (RuntimeException e) {
            unexpected(e);
            finishPass();
            return;
        }
        continuePass();
    }

    private void continuePass() {
        Pass pass = current;
        while (!closed) {
            Deque<Long> queue;
            try {
                queue = next(pass);
            } catch (RuntimeException e) {
                unexpected(e);
                break;
            }
            if (queue.isEmpty()) {
                break;
            }
            Duration wait = limiter.waitTime();
            if (!wait.isZero()) {
                scheduler.schedule(wait, this::continuePass);
                return;
            }
            long id = queue.removeFirst();
            Step step;
            try {
                step = queue == pass.followUps ? followUps.sendNext(id) : process(id, pass);
            } catch (StoreException e) {
                unexpected(e);
                step = Step.STOP;
            } catch (RuntimeException e) {
                // A bug must not stop the queue for good, nor spin on the same submission.
                unexpected(e);
                step = Step.STOP;
            }
            if (step == Step.AGAIN) {
                queue.addFirst(id);
            } else if (step == Step.STOP) {
                break;
            }
        }
        finishPass();
    }

    /** The unsettled submissions first; then, read once, the created ones whose note or documents are due. */
    private Deque<Long> next(Pass pass) {
        if (!pass.ids.isEmpty()) {
            return pass.ids;
        }
        if (!pass.followUpsRead) {
            pass.followUpsRead = true;
            pass.followUps.addAll(store.followUpsDue(clock.instant()));
        }
        return pass.followUps;
    }

    private void finishPass() {
        Pass pass = current;
        current = null;
        try {
            scheduleWakeUp();
        } catch (RuntimeException e) {
            unexpected(e);
        }
        pass.waiters.forEach(w -> w.complete(null));
        if (again && !closed) {
            startPass();
        }
    }

    private void unexpected(RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "Outbox pass failed; trying again later", e);
        holdUntil = clock.instant().plus(AFTER_UNEXPECTED_FAILURE);
        holdFromAts = false;
    }

    private void scheduleWakeUp() {
        if (closed) {
            return;
        }
        Instant next = holdUntil != null ? holdUntil : store.nextWakeUp().orElse(null);
        if (next == null) {
            cancelWakeUp();
            return;
        }
        if (wakeUp != null && next.equals(wakeUpAt)) {
            return;
        }
        cancelWakeUp();
        Duration delay = Duration.between(clock.instant(), next);
        wakeUpAt = next;
        wakeUp = scheduler.schedule(delay.isNegative() ? Duration.ZERO : delay, () -> {
            wakeUp = null;
            wakeUpAt = null;
            requestPass(false);
        });
    }

    private void cancelWakeUp() {
        if (wakeUp != null) {
            wakeUp.cancel();
            wakeUp = null;
            wakeUpAt = null;
        }
    }

    /** A cheap read to learn whether the network is back; any HTTP answer means it is. */
    private boolean probe() {
        Optional<Ats> ats = store.unsettledProfiles().stream().map(connections::ats).flatMap(Optional::stream)
                .findFirst();
        if (ats.isEmpty()) {
            ats = connections.ats(connections.currentProfileId());
        }
        if (ats.isEmpty()) {
            offline = false;
            return true;
        }
        limiter.record();
        try {
            ats.get().jobs(null, 1).fetch(null);
        } catch (AtsNetworkException e) {
            probes++;
            holdUntil = clock.instant().plus(probeDelay(probes));
            holdFromAts = false;
            return false;
        } catch (AtsException e) {
            // An HTTP answer, even an error, proves the network works; the pass handles what follows.
        }
        offline = false;
        probes = 0;
        return true;
    }

    private Duration probeDelay(int failures) {
        Duration delay = retry.delay(failures, Optional.empty());
        return delay.compareTo(MAX_PROBE_INTERVAL) > 0 ? MAX_PROBE_INTERVAL : delay;
    }

    private Step process(long id, Pass pass) {
        Optional<StoredSubmission> found = store.find(id);
        if (found.isEmpty()) {
            return Step.NEXT;
        }
        StoredSubmission stored = found.get();
        Submission s = stored.submission();
        Instant now = clock.instant();
        switch (s.state()) {
            case SENDING -> {
                // Only a process that stopped mid-send leaves this behind: the body may have reached the ATS.
                return awaitSettling(stored, IN_FLIGHT, OutboxText.get("outbox.error.stoppedWhileSending"));
            }
            case OUTCOME_UNKNOWN -> {
                // Never sooner than planned, forced or not: an early miss proves nothing.
                Instant at = s.nextAttemptAt();
                return at != null && !now.isBefore(at) ? settler.check(stored) : Step.NEXT;
            }
            case QUEUED, WAITING_TO_RETRY -> {
                if (stored.mayExist()) {
                    // Left by an older Intake, which resent after a look-up: settle it by checking instead.
                    return awaitSettling(stored, SENDABLE, s.errorMessage());
                }
                if (!due(stored, now, pass)) {
                    return Step.NEXT;
                }
                return SameCandidate.follows(stored) ? sameCandidate.afterEarlier(stored,
                        connections.ats(s.profileId()), this::lookUpOrSend, creates::send) : lookUpOrSend(stored);
            }
            default -> {
                return Step.NEXT;
            }
        }
    }

    /** Sends it, after the look-up by email when it asks for one. */
    private Step lookUpOrSend(StoredSubmission stored) {
        Optional<Ats> ats = CandidateReuse.needsLookUp(stored) ? connections.ats(stored.submission().profileId())
                : Optional.empty();
        return ats.isPresent() ? reuse.lookUpThenSend(stored, ats.get(), creates::send) : creates.send(stored);
    }

    /** OUTCOME_UNKNOWN with its first check planned from the start of its latest send; checked now if due. */
    private Step awaitSettling(StoredSubmission stored, Set<SubmissionState> from, String why) {
        Instant now = clock.instant();
        Instant check = settle.next(OutcomeSettler.sentAt(stored), List.of()).orElseThrow();
        Optional<StoredSubmission> unknown = transition(stored.localId(), from, e -> e
                .state(SubmissionState.OUTCOME_UNKNOWN).mayExist(true).outcomeChecks(List.of()).nextAttemptAt(check)
                .error(e.state() == SubmissionState.SENDING ? null : stored.submission().errorStatus(), why));
        return unknown.isPresent() && !now.isBefore(check) ? settler.check(unknown.get()) : Step.NEXT;
    }

    /**
     * Due now; {@code force} (the user's "send now", a drain) and a network that came back bring a waiting
     * submission forward, but never before the ATS's own Retry-After.
     */
    private static boolean due(StoredSubmission stored, Instant now, Pass pass) {
        if (stored.notBefore() != null && now.isBefore(stored.notBefore())) {
            return false;
        }
        Instant at = stored.submission().nextAttemptAt();
        boolean waitedForNetwork = stored.submission().errorStatus() == null;
        return pass.force || at == null || !now.isBefore(at) || (pass.cameOnline && waitedForNetwork);
    }

    private Optional<StoredSubmission> transition(long id, Set<SubmissionState> from,
            Consumer<SubmissionStore.Edit> change) {
        return transition(id, from, null, change);
    }

    private Optional<StoredSubmission> transition(long id, Set<SubmissionState> from, Integer requestVersion,
            Consumer<SubmissionStore.Edit> change) {
        Optional<StoredSubmission> updated = store.transition(id, from, requestVersion, change, clock.instant());
        updated.ifPresent(s -> changed.accept(s.submission()));
        return updated;
    }
}
