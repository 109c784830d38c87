package dev.intake.outbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.IsoInstant;
import dev.intake.ats.Json;
import dev.intake.common.TaskExecutor;
import dev.intake.store.Database;
import dev.intake.store.FollowUpState;
import dev.intake.store.HistoryLabels;
import dev.intake.store.NewSubmission;
import dev.intake.store.OutboxCounts;
import dev.intake.store.StoredSubmission;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.store.SubmissionStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The outbox over the application database: every call commits before it returns, then wakes the single
 * {@link OutboxWorker}. User actions and the worker change a submission only from the states they expect, so
 * neither overwrites the other's decision.
 */
public final class SqliteOutbox implements Outbox, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SqliteOutbox.class.getName());
    private static final Set<SubmissionState> RESUBMITTABLE = Set.of(SubmissionState.REJECTED,
            SubmissionState.WAITING_TO_RETRY, SubmissionState.QUEUED, SubmissionState.CANCELLED);
    /** States in which the ATS may already hold the application. */
    private static final Set<SubmissionState> MAY_EXIST = Set.of(SubmissionState.SENDING,
            SubmissionState.OUTCOME_UNKNOWN);

    /** The field of the response kept for a submission a person marked as created. */
    static final String MARKED_CREATED = "marked_created_by_user";

    private final SubmissionStore store;
    private final Clock clock;
    private final OutboxWorker worker;
    private final AutoCloseable ownedScheduler;
    private final List<Consumer<Submission>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<OutboxCounts>> countListeners = new CopyOnWriteArrayList<>();

    public SqliteOutbox(SubmissionStore store, ConnectionResolver connections, Scheduler scheduler, Clock clock,
            RetryPolicy retry, RateLimiter limiter) {
        this(store, connections, scheduler, clock, retry, limiter, SettleSchedule.STANDARD, null);
    }

    private SqliteOutbox(SubmissionStore store, ConnectionResolver connections, Scheduler scheduler, Clock clock,
            RetryPolicy retry, RateLimiter limiter, SettleSchedule settle, AutoCloseable ownedScheduler) {
        this.store = store;
        this.clock = clock;
        this.ownedScheduler = ownedScheduler;
        this.worker = new OutboxWorker(store, connections, scheduler, clock, retry, limiter, settle, this::publish);
    }

    /**
     * The app's outbox: its work one task at a time on the app's {@code executor}, the system clock, the standard
     * backoff and rate limit.
     */
    public static SqliteOutbox create(Database database, ConnectionResolver connections, TaskExecutor executor) {
        return create(database, connections, SettleSchedule.STANDARD, executor);
    }

    /** As above, checking uncertain creates with the ATS on {@code settle} (tests on real time use short waits). */
    public static SqliteOutbox create(Database database, ConnectionResolver connections, SettleSchedule settle,
            TaskExecutor executor) {
        // The zone is this computer's: messages name check times as the user's clock shows them.
        Clock clock = Clock.systemDefaultZone();
        ExecutorScheduler scheduler = new ExecutorScheduler(executor);
        return new SqliteOutbox(new SubmissionStore(database), connections, scheduler, clock,
                RetryPolicy.standard(new SecureRandom()), RateLimiter.standard(clock), settle, scheduler);
    }

    /** Starts draining what an earlier run left unsettled. */
    public void start() {
        worker.requestPass(false);
    }

    @Override
    public Submitted submit(String profileId, CreateApplicationRequest request, HistoryLabels labels,
            SubmitOptions options) {
        SubmissionStore.Inserted inserted = store.insertKeyed(List.of(new NewSubmission(profileId,
                request, labels, clock.instant(), options.origin(), options.onceKey(), options.noteText(),
                options.documents(), options.reuseCandidateByEmail(), options.sameCandidateAs()))).getFirst();
        Submission stored = get(inserted.localId());
        if (!inserted.alreadyKnown()) {
            publish(stored);
            worker.requestPass(false);
        }
        return new Submitted(stored, inserted.alreadyKnown());
    }

    @Override
    public List<Submission> byOrigin(String origin) {
        return store.byOrigin(origin).stream().map(StoredSubmission::submission).toList();
    }

    @Override
    public Optional<Submission> byOnceKey(String onceKey) {
        return store.byOnceKey(onceKey).map(StoredSubmission::submission);
    }

    @Override
    public Submission resubmit(long localId, CreateApplicationRequest editedRequest, HistoryLabels labels) {
        Optional<StoredSubmission> current = store.find(localId);
        if (current.isPresent() && (current.get().mayExist() || MAY_EXIST.contains(current.get().submission()
                .state()))) {
            // Sending an edit now could create it a second time: settle what the ATS has first.
            throw new IllegalStateException(OutboxText.get("outbox.resubmit.mayExist"));
        }
        Optional<StoredSubmission> updated = store.transition(localId, RESUBMITTABLE, e -> {
            if (e.mayExist()) {
                throw new IllegalStateException(OutboxText.get("outbox.resubmit.mayExist"));
            }
            // An edit may change the email: what the look-up found for the old one no longer applies.
            if (!editedRequest.equals(e.request())) {
                e.emailLookup(null);
            }
            relabelled(e, editedRequest, labels).request(editedRequest).state(SubmissionState.QUEUED)
                    .nextAttemptAt(null).failures(0).cancelRequested(false).responseJson(null).error(null, null);
        }, clock.instant());
        if (updated.isEmpty()) {
            throw new IllegalStateException("Submission " + localId + " is " + stateOf(localId)
                    + ": only a rejected, waiting or cancelled submission can be sent again.");
        }
        // A cancel meant for an earlier send must not cancel this one.
        worker.forgetCancel(localId);
        publish(updated.get().submission());
        worker.liftHold();
        worker.requestPass(false);
        return updated.get().submission();
    }

    /**
     * A waiting submission now, though never before the ATS's Retry-After; an unconfirmed one that waits for a
     * person's decision is checked with the ATS again now (a check, never a resend). A check still planned keeps
     * its time: checking earlier proves nothing.
     */
    @Override
    public void retryNow(long localId) {
        Instant now = clock.instant();
        store.transition(localId, Set.of(SubmissionState.WAITING_TO_RETRY, SubmissionState.OUTCOME_UNKNOWN), e -> {
            if (e.state() == SubmissionState.WAITING_TO_RETRY) {
                e.nextAttemptAt(e.notBefore() != null && e.notBefore().isAfter(now) ? e.notBefore() : now);
            } else if (e.nextAttemptAt() == null) {
                e.nextAttemptAt(now);
            }
        }, now).ifPresent(s -> publish(s.submission()));
        worker.liftHold();
        worker.requestPass(false);
    }

    @Override
    public void confirmNotCreated(long localId) {
        store.transition(localId, Set.of(SubmissionState.OUTCOME_UNKNOWN), e -> e.mayExist(false).failures(0)
                .outcomeChecks(List.of())
                .state(e.cancelRequested() ? SubmissionState.CANCELLED : SubmissionState.WAITING_TO_RETRY)
                .nextAttemptAt(e.cancelRequested() ? null : clock.instant()).error(null, null), clock.instant())
                .ifPresent(s -> publish(s.submission()));
        worker.liftHold();
        worker.requestPass(false);
    }

    @Override
    public Submission confirmCreated(long localId) {
        Instant now = clock.instant();
        ObjectNode marker = Json.mapper().createObjectNode();
        marker.put(MARKED_CREATED, true);
        marker.put("marked_at", IsoInstant.format(now));
        // Without the application's id, its note and documents cannot go after it: a person adds them by hand.
        String noTarget = OutboxText.get("outbox.followUp.noApplicationId");
        Optional<StoredSubmission> created = store.transition(localId, Set.of(SubmissionState.OUTCOME_UNKNOWN),
                e -> e.state(SubmissionState.CREATED).nextAttemptAt(null).failures(0).mayExist(false)
                        .cancelRequested(false).responseJson(marker.toString())
                        .note(FollowUpState.FAILED, null, noTarget).noteNextAt(null)
                        .error(null, OutboxText.get("outbox.markedCreated", IsoInstant.format(now))), now);
        if (created.isEmpty()) {
            throw new IllegalStateException(OutboxText.get("outbox.markCreated.refused", localId, stateOf(localId)));
        }
        store.documents().pending(localId).forEach(d -> store.documents().failed(d.id(), null, noTarget));
        created = store.find(localId);
        publish(created.get().submission());
        // A submission of the same person that waited for this one goes on now.
        worker.requestPass(false);
        return created.get().submission();
    }

    /** Whether a person marked this submission as created (its ATS ids are then not known). */
    public static boolean markedCreatedByUser(Submission s) {
        return s.state() == SubmissionState.CREATED && s.responseJson() != null
                && s.responseJson().contains("\"" + MARKED_CREATED + "\"");
    }

    @Override
    public Submission cancel(long localId) {
        // Not sent yet, or certainly not created by earlier attempts: cancelled for good. If an earlier attempt may
        // have created it, it is checked with the ATS instead, and never sent again.
        Optional<StoredSubmission> waiting = store.transition(localId, Set.of(SubmissionState.QUEUED,
                SubmissionState.WAITING_TO_RETRY), e -> {
                    if (e.mayExist()) {
                        e.state(SubmissionState.OUTCOME_UNKNOWN).cancelRequested(true).nextAttemptAt(clock.instant());
                    } else {
                        e.state(SubmissionState.CANCELLED).nextAttemptAt(null);
                    }
                }, clock.instant());
        if (waiting.isPresent()) {
            publish(waiting.get().submission());
            worker.requestPass(false);
            return waiting.get().submission();
        }
        Optional<StoredSubmission> flagged = store.transition(localId, Set.of(SubmissionState.SENDING,
                SubmissionState.OUTCOME_UNKNOWN), e -> e.cancelRequested(true), clock.instant());
        if (flagged.isPresent()) {
            if (flagged.get().submission().state() == SubmissionState.SENDING) {
                worker.cancelInFlight(localId, flagged.get().submission().attempts());
            }
            return flagged.get().submission();
        }
        return get(localId);
    }

    @Override
    public List<Submission> pending() {
        return store.unsettled().stream().map(StoredSubmission::submission).toList();
    }

    @Override
    public Submission get(long localId) {
        return store.get(localId).orElseThrow(() -> new NoSuchElementException("No submission " + localId));
    }

    @Override
    public Runnable addListener(Consumer<Submission> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Called with fresh pending and failed counts after every change. Returns a handle that removes it. */
    public Runnable addCountsListener(Consumer<OutboxCounts> listener) {
        countListeners.add(listener);
        return () -> countListeners.remove(listener);
    }

    public OutboxCounts counts() {
        return store.outboxCounts();
    }

    /** Sends everything pending now, waiting submissions included; completes when that pass has ended. */
    public CompletableFuture<Void> drain() {
        return worker.requestPass(true);
    }

    /** Completes when a pass that starts after this call has ended (without forcing waiting submissions). */
    public CompletableFuture<Void> awaitPass() {
        return worker.requestPass(false);
    }

    /** Another call to the ATS just succeeded: the network is back, send what waits for it. */
    public void connectivityRestored() {
        worker.connectivityRestored();
    }

    /**
     * A name given replaces the old one; a part not given keeps the old name only while the edited request has the
     * same candidate id (or job id): a name kept for another candidate or job would be wrong.
     */
    private static SubmissionStore.Edit relabelled(SubmissionStore.Edit edit, CreateApplicationRequest edited,
            HistoryLabels given) {
        HistoryLabels old = edit.labels();
        boolean sameCandidate = Objects.equals(edit.request().candidateId(), edited.candidateId());
        boolean sameJob = Objects.equals(edit.request().jobId(), edited.jobId());
        return edit.labels(new HistoryLabels(
                orKept(given.candidateName(), old.candidateName(), sameCandidate),
                orKept(given.candidateEmail(), old.candidateEmail(), sameCandidate),
                orKept(given.jobTitle(), old.jobTitle(), sameJob)));
    }

    private static String orKept(String given, String old, boolean stillApplies) {
        return given != null ? given : stillApplies ? old : null;
    }

    private String stateOf(long localId) {
        return store.get(localId).map(s -> s.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .orElse("gone");
    }

    private void publish(Submission submission) {
        for (Consumer<Submission> listener : listeners) {
            try {
                listener.accept(submission);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "An outbox listener failed", e);
            }
        }
        if (!countListeners.isEmpty()) {
            OutboxCounts counts = store.outboxCounts();
            for (Consumer<OutboxCounts> listener : countListeners) {
                try {
                    listener.accept(counts);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "An outbox counts listener failed", e);
                }
            }
        }
    }

    @Override
    public void close() {
        worker.close();
        if (ownedScheduler != null) {
            try {
                ownedScheduler.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "Stopping the outbox thread failed", e);
            }
        }
    }
}
