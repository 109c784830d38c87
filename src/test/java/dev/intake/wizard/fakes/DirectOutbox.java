package dev.intake.wizard.fakes;

import dev.intake.ats.Ats;
import dev.intake.ats.AtsHttpException;
import dev.intake.ats.AtsNetworkException;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.CreateResult;
import dev.intake.ats.Json;
import dev.intake.outbox.Outbox;
import dev.intake.outbox.SubmitOptions;
import dev.intake.outbox.Submitted;
import dev.intake.store.HistoryLabels;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * An outbox without a database for end-to-end tests: it sends each submission at once, on the calling thread,
 * through a real {@link Ats}, and reports the outcome as the durable outbox would (created, rejected with the
 * server's status and message, waiting to retry, outcome unknown).
 */
public final class DirectOutbox implements Outbox {
    private final Ats ats;
    private final Map<Long, Submission> submissions = new ConcurrentHashMap<>();
    private final List<Consumer<Submission>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, Long> keys = new ConcurrentHashMap<>();
    private final Map<Long, String> origins = new ConcurrentHashMap<>();

    public DirectOutbox(Ats ats) {
        this.ats = ats;
    }

    @Override
    public Submitted submit(String profileId, CreateApplicationRequest request, HistoryLabels labels,
            SubmitOptions options) {
        if (options.onceKey() != null && keys.containsKey(options.onceKey())) {
            return new Submitted(get(keys.get(options.onceKey())), true);
        }
        long id = ids.incrementAndGet();
        Instant now = Instant.now();
        Submission queued = new Submission(id, profileId, now, now, request, SubmissionState.QUEUED, 0, null, null,
                null, null, null, null);
        submissions.put(id, queued);
        send(queued);
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
        Submission old = submissions.get(localId);
        Submission queued = new Submission(localId, old.profileId(), old.createdAt(), Instant.now(), editedRequest,
                SubmissionState.QUEUED, old.attempts(), null, null, null, null, null, null);
        submissions.put(localId, queued);
        send(queued);
        return queued;
    }

    private void send(Submission queued) {
        try {
            CreateResult result = ats.createApplication(queued.request());
            finish(queued, SubmissionState.CREATED, result.data().id(), result.data().remoteId(),
                    Json.mapper().writeValueAsString(result), null, null);
        } catch (AtsHttpException e) {
            finish(queued, e.transientFailure() ? SubmissionState.WAITING_TO_RETRY : SubmissionState.REJECTED,
                    null, null, null, e.status(), e.serverMessage());
        } catch (AtsNetworkException e) {
            finish(queued, e.mayHaveReachedServer() ? SubmissionState.OUTCOME_UNKNOWN
                    : SubmissionState.WAITING_TO_RETRY, null, null, null, null, e.getMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void finish(Submission s, SubmissionState state, String id, String remoteId, String json, Integer status,
            String message) {
        Submission done = new Submission(s.localId(), s.profileId(), s.createdAt(), Instant.now(), s.request(), state,
                s.attempts() + 1, null, id, remoteId, json, status, message);
        submissions.put(s.localId(), done);
        listeners.forEach(listener -> listener.accept(done));
    }

    @Override
    public void retryNow(long localId) {
        send(submissions.get(localId));
    }

    @Override
    public void confirmNotCreated(long localId) {
        send(submissions.get(localId));
    }

    @Override
    public Submission confirmCreated(long localId) {
        Submission s = submissions.get(localId);
        if (s.state() != SubmissionState.OUTCOME_UNKNOWN) {
            throw new IllegalStateException("Submission " + localId + " is not unknown");
        }
        finish(s, SubmissionState.CREATED, null, null, null, null, null);
        return submissions.get(localId);
    }

    @Override
    public Submission cancel(long localId) {
        return submissions.get(localId);
    }

    @Override
    public List<Submission> pending() {
        return submissions.values().stream().filter(s -> s.state() == SubmissionState.WAITING_TO_RETRY).toList();
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
}
