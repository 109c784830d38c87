package dev.intake.outbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.Application;
import dev.intake.ats.Ats;
import dev.intake.ats.AtsException;
import dev.intake.ats.AtsHttpException;
import dev.intake.ats.AtsNetworkException;
import dev.intake.ats.CreateResult;
import dev.intake.ats.InvalidRequestException;
import dev.intake.ats.IsoInstant;
import dev.intake.ats.Json;
import dev.intake.common.TaskExecutor;
import dev.intake.store.StoreException;
import dev.intake.store.StoredSubmission;
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
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The single sender. It works in passes over the unsettled submissions, oldest first, on the {@link Scheduler}'s one
 * thread, so nothing is ever sent twice at the same time and order is kept:
 * <ul>
 * <li>QUEUED, or WAITING_TO_RETRY once due: sent. An earlier attempt that may have reached the ATS (a 5xx or 408)
 * is first looked up, so a create is only repeated when the ATS shows it does not exist.</li>
 * <li>SENDING at the start of a pass: left by a process that stopped mid-send, so OUTCOME_UNKNOWN.</li>
 * <li>OUTCOME_UNKNOWN with a check due: looked up with {@link OutcomeChecker}; found means CREATED, not found
 * leaves it to the user.</li>
 * </ul>
 * A failure that says the ATS or the network is unavailable (no connection, 408, 429, 5xx) ends the pass and holds
 * the queue until its backoff; without a connection the next pass first probes with a cheap read.
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
    private final OutcomeChecker checker;
    private final ConcurrentMap<Long, Future<?>> inFlight = new ConcurrentHashMap<>();
    private final Set<Long> cancelRequests = ConcurrentHashMap.newKeySet();

    // Touched only on the scheduler's thread.
    private Pass current;
    private boolean again;
    private boolean forceNext;
    private List<CompletableFuture<Void>> waiters = new ArrayList<>();
    private Instant holdUntil;
    private boolean offline;
    private boolean onlineAgain;
    private int probes;
    private TaskExecutor.Cancellable wakeUp;
    private Instant wakeUpAt;
    private volatile boolean closed;

    /** What processing one submission asks of the pass. */
    private enum Step {
        NEXT, STOP
    }

    private static final class Pass {
        final boolean force;
        final List<CompletableFuture<Void>> waiters;
        final Deque<Long> ids = new ArrayDeque<>();
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
            RetryPolicy retry, RateLimiter limiter, Consumer<Submission> changed) {
        this.store = store;
        this.connections = connections;
        this.scheduler = scheduler;
        this.clock = clock;
        this.retry = retry;
        this.limiter = limiter;
        this.changed = changed;
        this.checker = new OutcomeChecker(limiter::record, store::isApplicationRecorded);
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
            holdUntil = null;
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
            holdUntil = null;
        });
    }

    /** Cancels the HTTP call of this submission if it is in flight; the outcome is then checked, never assumed. */
    void cancelInFlight(long localId) {
        cancelRequests.add(localId);
        Future<?> call = inFlight.get(localId);
        if (call != null) {
            call.cancel(true);
        }
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
                holdUntil = null;
                offline = false;
            }
            if (holdUntil != null && now.isBefore(holdUntil)) {
                finishPass();
                return;
            }
            holdUntil = null;
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
        while (!pass.ids.isEmpty() && !closed) {
            Duration wait = limiter.waitTime();
            if (!wait.isZero()) {
                scheduler.schedule(wait, this::continuePass);
                return;
            }
            long id = pass.ids.removeFirst();
            Step step;
            try {
                step = process(id, pass);
            } catch (StoreException e) {
                unexpected(e);
                step = Step.STOP;
            } catch (RuntimeException e) {
                // A bug must not stop the queue for good, nor spin on the same submission.
                unexpected(e);
                step = Step.STOP;
            }
            if (step == Step.STOP) {
                break;
            }
        }
        finishPass();
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
                Optional<StoredSubmission> unknown = transition(id, IN_FLIGHT, e -> e
                        .state(SubmissionState.OUTCOME_UNKNOWN).mayExist(true).nextAttemptAt(now)
                        .error(null, OutboxText.get("outbox.error.stoppedWhileSending")));
                return unknown.isEmpty() ? Step.NEXT : checkUnknown(unknown.get());
            }
            case OUTCOME_UNKNOWN -> {
                return s.nextAttemptAt() != null && due(stored, now, pass) ? checkUnknown(stored) : Step.NEXT;
            }
            case QUEUED, WAITING_TO_RETRY -> {
                return due(stored, now, pass) ? send(stored) : Step.NEXT;
            }
            default -> {
                return Step.NEXT;
            }
        }
    }

    private static boolean due(StoredSubmission stored, Instant now, Pass pass) {
        Instant at = stored.submission().nextAttemptAt();
        boolean waitedForNetwork = stored.submission().errorStatus() == null;
        return pass.force || at == null || !now.isBefore(at) || (pass.cameOnline && waitedForNetwork);
    }

    private Step send(StoredSubmission stored) {
        long id = stored.localId();
        Submission s = stored.submission();
        Optional<Ats> maybeAts = connections.ats(s.profileId());
        if (maybeAts.isEmpty()) {
            transition(id, SENDABLE, e -> e.state(SubmissionState.WAITING_TO_RETRY).nextAttemptAt(null)
                    .error(null, OutboxText.get("outbox.error.accountNotSetUp", s.profileId())));
            return Step.NEXT;
        }
        Ats ats = maybeAts.get();
        try {
            s.request().checkCandidateChoice();
        } catch (InvalidRequestException e) {
            transition(id, SENDABLE, e2 -> e2.state(SubmissionState.REJECTED).nextAttemptAt(null).failures(0)
                    .error(null, e.field() + ": " + e.getMessage()));
            return Step.NEXT;
        }
        if (stored.mayExist()) {
            Optional<Step> settled = lookUpBeforeResend(stored, ats);
            if (settled.isPresent()) {
                return settled.get();
            }
        }
        Instant now = clock.instant();
        Optional<StoredSubmission> sending = transition(id, SENDABLE, e -> e.state(SubmissionState.SENDING)
                .attempts(e.attempts() + 1).nextAttemptAt(null).mayExist(false)
                .firstSentAt(e.firstSentAt() == null ? now : e.firstSentAt()));
        if (sending.isEmpty()) {
            return Step.NEXT; // cancelled, deleted or edited meanwhile
        }
        if (cancelRequests.remove(id)) {
            transition(id, IN_FLIGHT, e -> e.state(SubmissionState.CANCELLED));
            return Step.NEXT;
        }
        limiter.record();
        CreateResult result = null;
        Throwable failure = null;
        try {
            CompletableFuture<CreateResult> call = ats.createApplicationAsync(s.request());
            inFlight.put(id, call);
            if (cancelRequests.contains(id)) {
                call.cancel(true);
            }
            result = call.get();
        } catch (ExecutionException e) {
            failure = e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        } catch (CancellationException | AtsException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            inFlight.remove(id);
            cancelRequests.remove(id);
        }
        return failure == null ? created(id, result) : afterFailedSend(id, failure);
    }

    private Step created(long id, CreateResult result) {
        offline = false;
        probes = 0;
        CreateResult.Data data = result == null ? null : result.data();
        String json = result == null ? null : Json.mapper().valueToTree(result).toString();
        transition(id, IN_FLIGHT, e -> e.state(SubmissionState.CREATED).failures(0).nextAttemptAt(null)
                .created(data == null ? null : data.id(), data == null ? null : data.remoteId(), json)
                .error(null, null));
        return Step.NEXT;
    }

    private Step afterFailedSend(long id, Throwable failure) {
        Instant now = clock.instant();
        if (failure instanceof InvalidRequestException invalid) {
            transition(id, IN_FLIGHT, e -> e.state(SubmissionState.REJECTED).failures(0)
                    .error(null, invalid.field() + ": " + invalid.getMessage()));
            return Step.NEXT;
        }
        if (failure instanceof AtsHttpException http) {
            if (http.status() == 429) {
                // Certainly not created: the ATS refused to look at it.
                return hold(transition(id, IN_FLIGHT, e -> waitOrCancel(e, now, http.retryAfter())
                        .error(429, http.serverMessage())));
            }
            if (mayHaveCreated(http)) {
                // The ATS got the body and failed: it may have created the application before failing.
                return hold(transition(id, IN_FLIGHT, e -> {
                    if (e.cancelRequested()) {
                        e.state(SubmissionState.OUTCOME_UNKNOWN).nextAttemptAt(now);
                    } else {
                        waitOrCancel(e, now, http.retryAfter());
                    }
                    e.mayExist(true).error(http.status(), http.serverMessage());
                }));
            }
            transition(id, IN_FLIGHT, e -> e.state(SubmissionState.REJECTED).failures(0)
                    .error(http.status(), http.serverMessage()).responseJson(errorJson(http)));
            return Step.NEXT;
        }
        if (failure instanceof AtsNetworkException network && !network.mayHaveReachedServer()) {
            offline = true;
            Duration delay = probeDelay(++probes);
            Optional<StoredSubmission> waiting = transition(id, IN_FLIGHT, e -> {
                if (e.cancelRequested()) {
                    e.state(SubmissionState.CANCELLED).nextAttemptAt(null);
                } else {
                    e.state(SubmissionState.WAITING_TO_RETRY).failures(e.failures() + 1)
                            .nextAttemptAt(now.plus(delay));
                }
                e.error(null, network.getMessage());
            });
            holdUntil = now.plus(delay);
            return waiting.isEmpty() ? Step.NEXT : Step.STOP;
        }
        // The connection broke after the body may have left, the call was cancelled in flight, or something
        // unexpected happened mid-call: the application may exist. Never resend blindly: ask the ATS.
        String why = failure instanceof CancellationException ? OutboxText.get("outbox.error.cancelledInFlight")
                : failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        Optional<StoredSubmission> unknown = transition(id, IN_FLIGHT, e -> e
                .state(SubmissionState.OUTCOME_UNKNOWN).mayExist(true).nextAttemptAt(now).error(null, why));
        if (unknown.isEmpty() || failure instanceof InterruptedException) {
            return Step.STOP;
        }
        return checkUnknown(unknown.get());
    }

    /** 408 and 5xx come after the ATS got the body; 501 says the account cannot create applications at all. */
    private static boolean mayHaveCreated(AtsHttpException http) {
        return http.status() == 408 || (http.status() >= 500 && http.status() != 501);
    }

    /** WAITING_TO_RETRY after a backoff, or CANCELLED when the user asked to cancel it while it was in flight. */
    private SubmissionStore.Edit waitOrCancel(SubmissionStore.Edit e, Instant now, Optional<Duration> retryAfter) {
        if (e.cancelRequested()) {
            return e.state(SubmissionState.CANCELLED).nextAttemptAt(null);
        }
        int failures = e.failures() + 1;
        return e.state(SubmissionState.WAITING_TO_RETRY).failures(failures)
                .nextAttemptAt(now.plus(retry.delay(failures, retryAfter)));
    }

    /** Holds the whole queue until the submission's own next attempt: the ATS asked for a pause. */
    private Step hold(Optional<StoredSubmission> updated) {
        if (updated.isEmpty()) {
            return Step.NEXT;
        }
        Instant next = updated.get().submission().nextAttemptAt();
        if (next != null) {
            holdUntil = next;
        }
        return Step.STOP;
    }

    /**
     * Before sending again something an earlier attempt may have created: empty when the ATS shows it does not
     * exist (send it), else what the pass does next.
     */
    private Optional<Step> lookUpBeforeResend(StoredSubmission stored, Ats ats) {
        long id = stored.localId();
        OutcomeChecker.Result result;
        try {
            result = checker.check(ats, stored);
        } catch (AtsException e) {
            return Optional.of(checkFailed(id, SENDABLE, e));
        }
        return switch (result) {
            case OutcomeChecker.Found found -> Optional.of(foundByCheck(id, SENDABLE, found.application()));
            case OutcomeChecker.NotFound notFound -> Optional.empty();
            case OutcomeChecker.CannotCheck cannot -> {
                transition(id, SENDABLE, e -> e.state(SubmissionState.OUTCOME_UNKNOWN).nextAttemptAt(null)
                        .error(stored.submission().errorStatus(), cannot.why()));
                yield Optional.of(Step.NEXT);
            }
        };
    }

    private Step checkUnknown(StoredSubmission stored) {
        long id = stored.localId();
        Optional<Ats> ats = connections.ats(stored.submission().profileId());
        if (ats.isEmpty()) {
            transition(id, UNKNOWN, e -> e.nextAttemptAt(null).error(null,
                    OutboxText.get("outbox.error.accountNotSetUp", stored.submission().profileId())));
            return Step.NEXT;
        }
        OutcomeChecker.Result result;
        try {
            result = checker.check(ats.get(), stored);
        } catch (AtsException e) {
            return checkFailed(id, UNKNOWN, e);
        }
        Instant now = clock.instant();
        return switch (result) {
            case OutcomeChecker.Found found -> foundByCheck(id, UNKNOWN, found.application());
            case OutcomeChecker.NotFound notFound -> {
                transition(id, UNKNOWN, e -> e.nextAttemptAt(null).failures(0).error(null,
                        OutboxText.get("outbox.error.notFoundByCheck", IsoInstant.format(now))));
                yield Step.NEXT;
            }
            case OutcomeChecker.CannotCheck cannot -> {
                transition(id, UNKNOWN, e -> e.nextAttemptAt(null).failures(0).error(null, cannot.why()));
                yield Step.NEXT;
            }
        };
    }

    private Step foundByCheck(long id, Set<SubmissionState> from, Application application) {
        ObjectNode response = Json.mapper().createObjectNode();
        response.put("found_by_outcome_check", true);
        response.set("data", Json.mapper().valueToTree(application));
        transition(id, from, e -> e.state(SubmissionState.CREATED).failures(0).nextAttemptAt(null).mayExist(false)
                .created(application.id(), application.remoteId(), response.toString()).error(null, null));
        return Step.NEXT;
    }

    /** The ATS could not be asked: try again after a backoff, or leave it to the user when retrying cannot help. */
    private Step checkFailed(long id, Set<SubmissionState> from, AtsException failure) {
        Instant now = clock.instant();
        if (failure instanceof AtsNetworkException network) {
            offline = true;
            Duration delay = probeDelay(++probes);
            Optional<StoredSubmission> later = transition(id, from, e -> e.failures(e.failures() + 1)
                    .nextAttemptAt(now.plus(delay)).error(null, network.getMessage()));
            holdUntil = now.plus(delay);
            return later.isEmpty() ? Step.NEXT : Step.STOP;
        }
        if (failure instanceof AtsHttpException http && (http.status() == 429 || mayHaveCreated(http))) {
            return hold(transition(id, from, e -> {
                int failures = e.failures() + 1;
                e.failures(failures).nextAttemptAt(now.plus(retry.delay(failures, http.retryAfter())))
                        .error(http.status(), http.serverMessage());
            }));
        }
        // 401, 403, 404...: asking again will not help until a person fixes the account.
        Integer status = failure instanceof AtsHttpException http ? http.status() : null;
        transition(id, from, e -> {
            if (e.state() == SubmissionState.WAITING_TO_RETRY) {
                e.state(SubmissionState.OUTCOME_UNKNOWN);
            }
            e.nextAttemptAt(null).error(status, OutboxText.get("outbox.error.checkFailed", failure.getMessage()));
        });
        return Step.NEXT;
    }

    private static String errorJson(AtsHttpException http) {
        ObjectNode error = Json.mapper().createObjectNode();
        error.put("status", http.status());
        error.put("message", http.serverMessage());
        http.timestamp().ifPresent(t -> error.put("timestamp", t));
        http.requestId().ifPresent(r -> error.put("request_id", r));
        if (!http.providerErrors().isEmpty()) {
            error.set("provider_errors", Json.mapper().valueToTree(http.providerErrors()));
        }
        return error.toString();
    }

    private Optional<StoredSubmission> transition(long id, Set<SubmissionState> from,
            Consumer<SubmissionStore.Edit> change) {
        Optional<StoredSubmission> updated = store.transition(id, from, change, clock.instant());
        updated.ifPresent(s -> changed.accept(s.submission()));
        return updated;
    }
}
