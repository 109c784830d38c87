package dev.intake.outbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.Ats;
import dev.intake.ats.AtsHttpException;
import dev.intake.ats.CallInFlight;
import dev.intake.ats.CreateResult;
import dev.intake.ats.InvalidRequestException;
import dev.intake.ats.Json;
import dev.intake.outbox.OutboxWorker.Step;
import dev.intake.store.StoredSubmission;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.store.SubmissionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Sends one create for the {@link OutboxWorker}, on its thread, and records what its answer proves (see {@link
 * CreateFailure}): created, refused, certainly not created (sent again after a backoff, the queue paused when the
 * network or the ATS as a whole is out), or perhaps created (settled by checks, never resent). Also the cancels of
 * sends in flight, which arrive from other threads.
 */
final class CreateSender {
    private static final Set<SubmissionState> SENDABLE = Set.of(SubmissionState.QUEUED,
            SubmissionState.WAITING_TO_RETRY);
    private static final Set<SubmissionState> IN_FLIGHT = Set.of(SubmissionState.SENDING);

    private final ConnectionResolver connections;
    private final Clock clock;
    private final RetryPolicy retry;
    private final RateLimiter limiter;
    private final SettleSchedule settle;
    private final OutcomeSettler.Holds holds;
    private final CandidateReuse.Transition transition;
    /** Guards starting a call against a cancel landing at the same moment; with the two collections below. */
    private final Object calls = new Object();
    private final Map<Attempt, Future<?>> inFlight = new HashMap<>();
    private final Set<Attempt> cancelRequests = new HashSet<>();
    /** Calls stopped by a cancel while in flight, so their failure is read as the person's doing. */
    private final Set<Attempt> aborted = new HashSet<>();

    /** One send of one submission: a cancel meant for it never touches a later send after an edit. */
    private record Attempt(long localId, int number) {
    }

    CreateSender(ConnectionResolver connections, Clock clock, RetryPolicy retry, RateLimiter limiter,
            SettleSchedule settle, OutcomeSettler.Holds holds, CandidateReuse.Transition transition) {
        this.connections = connections;
        this.clock = clock;
        this.retry = retry;
        this.limiter = limiter;
        this.settle = settle;
        this.holds = holds;
        this.transition = transition;
    }

    /**
     * Cancels send number {@code attempt} of this submission: before its call started, it is never made (CANCELLED);
     * in flight, the call is cancelled and the outcome is then checked, never assumed.
     */
    void cancelInFlight(long localId, int attempt) {
        Attempt key = new Attempt(localId, attempt);
        synchronized (calls) {
            Future<?> call = inFlight.get(key);
            if (call instanceof CallInFlight<?> running) {
                // Stopped, not forgotten: the call then says whether its request had left, so a cancel that beat
                // the request out ends CANCELLED rather than waiting on the ATS for an outcome.
                aborted.add(key);
                running.abort();
            } else if (call != null) {
                call.cancel(true);
            } else {
                cancelRequests.add(key);
            }
        }
    }

    /** Forgets cancel requests for earlier sends of this submission (it was edited and submitted again). */
    void forgetCancel(long localId) {
        synchronized (calls) {
            cancelRequests.removeIf(key -> key.localId() == localId);
        }
    }

    /** Sends a due QUEUED or WAITING_TO_RETRY submission once, and records what the answer proves. */
    Step send(StoredSubmission stored) {
        long id = stored.localId();
        Submission s = stored.submission();
        Integer version = stored.requestVersion();
        Optional<Ats> maybeAts = connections.ats(s.profileId());
        if (maybeAts.isEmpty()) {
            transition(id, SENDABLE, version, e -> e.state(SubmissionState.WAITING_TO_RETRY).nextAttemptAt(null)
                    .error(null, connections.unavailableMessage(s.profileId())));
            return Step.NEXT;
        }
        Ats ats = maybeAts.get();
        try {
            s.request().checkCandidateChoice();
        } catch (InvalidRequestException e) {
            transition(id, SENDABLE, version, e2 -> e2.state(SubmissionState.REJECTED).nextAttemptAt(null)
                    .failures(0).error(null, e.field() + ": " + e.getMessage()));
            return Step.NEXT;
        }
        Instant now = clock.instant();
        // The request sent is the one this transition read and moved to SENDING, and only if no edit came since
        // the checks above: an edit is never marked created without being the request that was sent.
        Optional<StoredSubmission> sending = transition(id, SENDABLE, version, e -> e
                .state(SubmissionState.SENDING).attempts(e.attempts() + 1).nextAttemptAt(null).mayExist(false)
                .firstSentAt(e.firstSentAt() == null ? now : e.firstSentAt()).lastSentAt(now)
                .outcomeChecks(List.of()).notBefore(null));
        if (sending.isEmpty()) {
            return Step.NEXT; // cancelled, deleted or edited meanwhile: the next pass reads it again
        }
        StoredSubmission sent = sending.get();
        Attempt attempt = new Attempt(id, sent.submission().attempts());
        CompletableFuture<CreateResult> call;
        synchronized (calls) {
            if (cancelRequests.remove(attempt)) {
                // Cancelled before a byte left: certainly not created.
                transition(id, IN_FLIGHT, e -> e.state(SubmissionState.CANCELLED).nextAttemptAt(null)
                        .error(null, null));
                return Step.NEXT;
            }
            limiter.record();
            try {
                call = ats.createApplicationAsync(CandidateReuse.toSend(sent));
            } catch (RuntimeException e) {
                call = CompletableFuture.failedFuture(e);
            }
            inFlight.put(attempt, call);
        }
        CreateResult result = null;
        Throwable failure = null;
        boolean abortedByUser;
        try {
            result = call.get();
        } catch (ExecutionException e) {
            failure = e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        } catch (CancellationException e) {
            failure = e;
        } finally {
            synchronized (calls) {
                inFlight.remove(attempt);
                cancelRequests.remove(attempt);
                abortedByUser = aborted.remove(attempt);
            }
        }
        return failure == null ? created(id, result) : afterFailedSend(sent, failure, abortedByUser);
    }

    private Step created(long id, CreateResult result) {
        holds.networkUp();
        CreateResult.Data data = result == null ? null : result.data();
        String json = result == null ? null : Json.mapper().valueToTree(result).toString();
        transition(id, IN_FLIGHT, e -> e.state(SubmissionState.CREATED).failures(0).nextAttemptAt(null)
                .created(data == null ? null : data.id(), data == null ? null : data.remoteId(), json)
                .error(null, null));
        return Step.NEXT;
    }

    private Step afterFailedSend(StoredSubmission sent, Throwable failure, boolean abortedByUser) {
        long id = sent.localId();
        Instant now = clock.instant();
        AtsHttpException http = failure instanceof AtsHttpException h ? h : null;
        CreateFailure kind = CreateFailure.of(failure);
        if (abortedByUser && kind == CreateFailure.NO_CONNECTION) {
            // The person stopped it before its request was out: certainly not created, and no sign of a network
            // problem, so the queue goes on.
            transition(id, IN_FLIGHT, e -> e.state(SubmissionState.CANCELLED).nextAttemptAt(null).error(null, null));
            return Step.NEXT;
        }
        switch (kind) {
            case REFUSED -> {
                if (failure instanceof InvalidRequestException invalid) {
                    transition(id, IN_FLIGHT, e -> e.state(SubmissionState.REJECTED).failures(0)
                            .error(null, invalid.field() + ": " + invalid.getMessage()));
                } else {
                    transition(id, IN_FLIGHT, e -> e.state(SubmissionState.REJECTED).failures(0)
                            .error(http.status(), http.serverMessage()).responseJson(errorJson(http)));
                }
                return Step.NEXT;
            }
            case ATS_BUSY -> {
                // Certainly not created: the ATS refused to look at it, and asks the whole queue to pause.
                Optional<Duration> retryAfter = http.retryAfter();
                Optional<StoredSubmission> waiting = transition(id, IN_FLIGHT, e -> {
                    waitOrCancel(e, now, retryAfter).error(http.status(), http.serverMessage());
                    if (e.state() == SubmissionState.WAITING_TO_RETRY && retryAfter.isPresent()) {
                        e.notBefore(now.plus(retryAfter.get()));
                    }
                });
                return hold(waiting, retryAfter.isPresent());
            }
            case NO_CONNECTION -> {
                Instant retryAt = holds.networkDown();
                Optional<StoredSubmission> waiting = transition(id, IN_FLIGHT, e -> {
                    if (e.cancelRequested()) {
                        e.state(SubmissionState.CANCELLED).nextAttemptAt(null);
                    } else {
                        e.state(SubmissionState.WAITING_TO_RETRY).failures(e.failures() + 1)
                                .nextAttemptAt(retryAt);
                    }
                    e.error(null, failure.getMessage());
                });
                return waiting.isEmpty() ? Step.NEXT : Step.STOP;
            }
            default -> {
                // The body may have reached the ATS. Never resend: ask the ATS once it had time to show it, and leave
                // what stays unconfirmed to a person. Only this submission waits; the queue goes on.
                String why = failure instanceof CancellationException || abortedByUser
                        ? OutboxText.get("outbox.error.cancelledInFlight")
                        : failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
                Instant check = settle.next(OutcomeSettler.sentAt(sent), List.of()).orElseThrow();
                transition(id, IN_FLIGHT, e -> e.state(SubmissionState.OUTCOME_UNKNOWN).mayExist(true)
                        .outcomeChecks(List.of()).nextAttemptAt(check)
                        .error(http == null ? null : http.status(), http == null ? why : http.serverMessage()));
                return failure instanceof InterruptedException ? Step.STOP : Step.NEXT;
            }
        }
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

    /**
     * Holds the whole queue until the submission's own next attempt: the ATS asked for a pause. {@code fromAts}:
     * the ATS named the pause (Retry-After), so no "send now" lifts it.
     */
    private Step hold(Optional<StoredSubmission> updated, boolean fromAts) {
        if (updated.isEmpty()) {
            return Step.NEXT;
        }
        Instant next = updated.get().submission().nextAttemptAt();
        if (next != null) {
            holds.atsPause(next, fromAts);
        }
        return Step.STOP;
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
        return transition.apply(id, from, null, change);
    }

    private Optional<StoredSubmission> transition(long id, Set<SubmissionState> from, Integer requestVersion,
            Consumer<SubmissionStore.Edit> change) {
        return transition.apply(id, from, requestVersion, change);
    }
}
