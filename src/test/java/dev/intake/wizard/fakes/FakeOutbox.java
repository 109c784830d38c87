package dev.intake.wizard.fakes;

import dev.intake.ats.CreateApplicationRequest;
import dev.intake.outbox.Outbox;
import dev.intake.outbox.SubmitOptions;
import dev.intake.outbox.Submitted;
import dev.intake.store.HistoryLabels;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * An outbox that records what it is given and lets the test decide what happens next. In automatic mode every
 * submission is created at once; otherwise it stays SENDING until the test calls {@link #created},
 * {@link #reject}, {@link #waitToRetry}, {@link #outcomeUnknown}. Listeners are called on the calling thread.
 */
public final class FakeOutbox implements Outbox {
    private final Map<Long, Submission> submissions = new ConcurrentHashMap<>();
    private final List<Consumer<Submission>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, Long> keys = new ConcurrentHashMap<>();
    private final Map<Long, String> origins = new ConcurrentHashMap<>();
    private final AtomicLong ticks = new AtomicLong();
    public final List<CreateApplicationRequest> submitted = new CopyOnWriteArrayList<>();
    /** The history labels handed over with each submit and resubmit, in order. */
    public final List<HistoryLabels> labels = new CopyOnWriteArrayList<>();
    public final List<Long> resubmitted = new CopyOnWriteArrayList<>();
    public final List<Long> cancelled = new CopyOnWriteArrayList<>();
    public volatile boolean automatic;
    /** What cancel does to a submission in flight: CANCELLED (certainly not sent) or OUTCOME_UNKNOWN. */
    public volatile SubmissionState cancelOutcome = SubmissionState.CANCELLED;
    /** When set, submit fails as if the local database could not be written. */
    public volatile RuntimeException submitFailure;

    public static FakeOutbox automatic() {
        FakeOutbox outbox = new FakeOutbox();
        outbox.automatic = true;
        return outbox;
    }

    private Instant now() {
        return Instant.parse("2026-03-01T10:00:00Z").plusMillis(ticks.incrementAndGet());
    }

    @Override
    public Submitted submit(String profileId, CreateApplicationRequest request, HistoryLabels labels,
            SubmitOptions options) {
        if (options.onceKey() != null && keys.containsKey(options.onceKey())) {
            return new Submitted(get(keys.get(options.onceKey())), true);
        }
        if (submitFailure != null) {
            throw submitFailure;
        }
        request.checkCandidateChoice();
        submitted.add(request);
        this.labels.add(labels);
        long id = ids.incrementAndGet();
        Instant at = now();
        Submission queued = new Submission(id, profileId, at, at, request, SubmissionState.QUEUED, 0, null, null,
                null, null, null, null);
        submissions.put(id, queued);
        change(id, SubmissionState.SENDING, s -> s);
        if (automatic) {
            created(id, "app-" + id, "remote-" + id, null);
        }
        if (options.onceKey() != null) {
            keys.put(options.onceKey(), queued.localId());
        }
        if (options.origin() != null) {
            origins.put(queued.localId(), options.origin());
        }
        return new Submitted(queued, false);
    }

    @Override
    public List<Submission> byOrigin(String origin) {
        return origins.entrySet().stream().filter(e -> e.getValue().equals(origin)).map(Map.Entry::getKey)
                .sorted().map(submissions::get).toList();
    }

    @Override
    public Optional<Submission> byOnceKey(String onceKey) {
        return Optional.ofNullable(keys.get(onceKey)).map(submissions::get);
    }

    @Override
    public Submission resubmit(long localId, CreateApplicationRequest editedRequest, HistoryLabels labels) {
        resubmitted.add(localId);
        submitted.add(editedRequest);
        this.labels.add(labels);
        Submission updated = change(localId, SubmissionState.QUEUED, s -> with(s, editedRequest));
        change(localId, SubmissionState.SENDING, s -> s);
        if (automatic) {
            created(localId, "app-" + localId, "remote-" + localId, null);
        }
        return updated;
    }

    private static Submission with(Submission s, CreateApplicationRequest request) {
        return new Submission(s.localId(), s.profileId(), s.createdAt(), s.updatedAt(), request, s.state(),
                s.attempts(), s.nextAttemptAt(), null, null, null, null, null);
    }

    @Override
    public void retryNow(long localId) {
        change(localId, SubmissionState.SENDING, s -> s);
    }

    @Override
    public void confirmNotCreated(long localId) {
        change(localId, SubmissionState.QUEUED, s -> s);
    }

    @Override
    public Submission confirmCreated(long localId) {
        if (submissions.get(localId).state() != SubmissionState.OUTCOME_UNKNOWN) {
            throw new IllegalStateException("Submission " + localId + " is not unknown");
        }
        return change(localId, SubmissionState.CREATED, s -> s);
    }

    @Override
    public Submission cancel(long localId) {
        cancelled.add(localId);
        Submission current = submissions.get(localId);
        if (current.state() == SubmissionState.QUEUED || current.state() == SubmissionState.SENDING
                || current.state() == SubmissionState.WAITING_TO_RETRY) {
            return change(localId, cancelOutcome, s -> s);
        }
        return current;
    }

    @Override
    public List<Submission> pending() {
        return submissions.values().stream().filter(s -> s.state() != SubmissionState.CREATED
                && s.state() != SubmissionState.REJECTED && s.state() != SubmissionState.CANCELLED).toList();
    }

    @Override
    public Submission get(long localId) {
        return submissions.get(localId);
    }

    @Override
    public Runnable addListener(Consumer<Submission> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public int listenerCount() {
        return listeners.size();
    }

    public List<Submission> all() {
        return new ArrayList<>(submissions.values());
    }

    /** The ATS created it; {@code extraJson} adds fields to the response body (e.g. warnings), or null. */
    public Submission created(long localId, String applicationId, String remoteId, String extraJson) {
        String response = "{\"statusCode\":201,\"message\":\"Record created successfully.\","
                + "\"timestamp\":\"2026-03-01T10:00:05.000Z\",\"data\":{\"id\":\"" + applicationId
                + "\",\"remote_id\":\"" + remoteId + "\"}" + (extraJson == null ? "" : "," + extraJson) + "}";
        return change(localId, SubmissionState.CREATED, s -> new Submission(s.localId(), s.profileId(), s.createdAt(),
                s.updatedAt(), s.request(), s.state(), s.attempts() + 1, null, applicationId, remoteId, response, null,
                null));
    }

    public Submission reject(long localId, int status, String message) {
        return change(localId, SubmissionState.REJECTED, s -> new Submission(s.localId(), s.profileId(),
                s.createdAt(), s.updatedAt(), s.request(), s.state(), s.attempts() + 1, null, null, null, null, status,
                message));
    }

    /** {@code status} null: no connection. */
    public Submission waitToRetry(long localId, Integer status, String message, Duration after) {
        return change(localId, SubmissionState.WAITING_TO_RETRY, s -> new Submission(s.localId(), s.profileId(),
                s.createdAt(), s.updatedAt(), s.request(), s.state(), s.attempts() + 1,
                Instant.parse("2026-03-01T10:00:00Z").plus(after), null, null, null, status, message));
    }

    public Submission outcomeUnknown(long localId) {
        return change(localId, SubmissionState.OUTCOME_UNKNOWN, s -> s);
    }

    private Submission change(long localId, SubmissionState state, java.util.function.UnaryOperator<Submission> edit) {
        Submission edited = edit.apply(submissions.get(localId));
        Submission updated = new Submission(edited.localId(), edited.profileId(), edited.createdAt(), now(),
                edited.request(), state, edited.attempts(), edited.nextAttemptAt(), edited.applicationId(),
                edited.remoteApplicationId(), edited.responseJson(), edited.errorStatus(), edited.errorMessage());
        submissions.put(localId, updated);
        listeners.forEach(listener -> listener.accept(updated));
        return updated;
    }

    /** The last submission handed over. */
    public Submission last() {
        return submissions.get(ids.get());
    }
}
