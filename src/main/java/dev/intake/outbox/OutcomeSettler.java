package dev.intake.outbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.Application;
import dev.intake.ats.Ats;
import dev.intake.ats.AtsException;
import dev.intake.ats.AtsHttpException;
import dev.intake.ats.AtsNetworkException;
import dev.intake.ats.Json;
import dev.intake.outbox.OutboxWorker.Step;
import dev.intake.store.StoredSubmission;
import dev.intake.store.SubmissionState;
import dev.intake.store.SubmissionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Settles OUTCOME_UNKNOWN submissions for the {@link OutboxWorker}, on its thread: asks the ATS with the {@link
 * OutcomeChecker} when a check is due, and records the answer. Found means CREATED; a miss (or a check that could
 * not tell) plans the next check on the {@link SettleSchedule}, and after the last one leaves the submission to a
 * person with what was checked and when. A miss never makes it sendable again.
 */
final class OutcomeSettler {
    private static final Set<SubmissionState> UNKNOWN = Set.of(SubmissionState.OUTCOME_UNKNOWN);

    /** The worker's transition: changes the row from the states given, and tells listeners. */
    @FunctionalInterface
    interface Transition {
        Optional<StoredSubmission> apply(long id, Set<SubmissionState> from, Consumer<SubmissionStore.Edit> change);
    }

    /** How the worker holds its whole queue when a check shows the network or the ATS is unavailable. */
    interface Holds {
        /** The network is down: the queue waits for a probe; returns when to try again. */
        Instant networkDown();

        /** The ATS asked for a pause until {@code until}; {@code named} when it said how long (Retry-After). */
        void atsPause(Instant until, boolean named);

        /** An answer came from the ATS: the network works. */
        void networkUp();
    }

    private final ConnectionResolver connections;
    private final OutcomeChecker checker;
    private final SettleSchedule settle;
    private final RetryPolicy retry;
    private final Clock clock;
    private final Transition transition;
    private final Holds holds;

    OutcomeSettler(ConnectionResolver connections, OutcomeChecker checker, SettleSchedule settle, RetryPolicy retry,
            Clock clock, Transition transition, Holds holds) {
        this.connections = connections;
        this.checker = checker;
        this.settle = settle;
        this.retry = retry;
        this.clock = clock;
        this.transition = transition;
        this.holds = holds;
    }

    /** When the latest send started: the settle delay counts from there. */
    static Instant sentAt(StoredSubmission stored) {
        return stored.lastSentAt() != null ? stored.lastSentAt()
                : stored.firstSentAt() != null ? stored.firstSentAt() : stored.submission().updatedAt();
    }

    /** Asks the ATS about a submission whose check is due, and records what it said. */
    Step check(StoredSubmission stored) {
        long id = stored.localId();
        Optional<Ats> ats = connections.ats(stored.submission().profileId());
        if (ats.isEmpty()) {
            transition(id, UNKNOWN, e -> e.nextAttemptAt(null).error(null,
                    connections.unavailableMessage(stored.submission().profileId())));
            return Step.NEXT;
        }
        OutcomeChecker.Result result;
        try {
            result = checker.check(ats.get(), stored);
        } catch (AtsException e) {
            return checkFailed(id, e);
        }
        Instant now = clock.instant();
        return switch (result) {
            case OutcomeChecker.Found found -> foundByCheck(id, found.application());
            case OutcomeChecker.NotFound notFound -> notFoundYet(stored, now, null);
            case OutcomeChecker.CannotTell cannot -> notFoundYet(stored, now, cannot.why());
            case OutcomeChecker.CannotCheck cannot -> {
                transition(id, UNKNOWN, e -> e.nextAttemptAt(null).failures(0).error(null,
                        OutboxText.get("outbox.error.cannotCheck", cannot.why())));
                yield Step.NEXT;
            }
        };
    }

    /**
     * A check that did not find it ({@code cannotTell} says why the check could not tell, else null): checked
     * again later as planned, or, after the last planned check, left to a person with what was checked and when.
     */
    private Step notFoundYet(StoredSubmission stored, Instant now, String cannotTell) {
        List<Instant> checks = new ArrayList<>(stored.outcomeChecks());
        checks.add(now);
        Optional<Instant> next = settle.next(sentAt(stored), checks);
        String how = stored.submission().request().candidateId() != null
                && !stored.submission().request().candidateId().isBlank()
                ? OutboxText.get("outbox.check.how.candidateId") : OutboxText.get("outbox.check.how.email");
        String message;
        if (next.isPresent()) {
            message = cannotTell == null
                    ? OutboxText.get("outbox.error.notFoundYet", times(List.of(now)), how, times(List.of(next.get())))
                    : OutboxText.get("outbox.error.cannotTellYet", times(List.of(now)), cannotTell,
                            times(List.of(next.get())));
        } else {
            message = OutboxText.get(cannotTell == null ? "outbox.error.notConfirmed"
                    : "outbox.error.notConfirmedCannotTell", times(checks), how, cannotTell);
        }
        transition(stored.localId(), UNKNOWN, e -> e.outcomeChecks(checks).nextAttemptAt(next.orElse(null))
                .failures(0).error(null, message));
        return Step.NEXT;
    }

    /** "10:02, 10:04, 10:14 and 10:44" in this computer's time zone, with dates when they span days. */
    private String times(List<Instant> instants) {
        ZoneId zone = clock.getZone();
        boolean oneDay = instants.stream().map(at -> at.atZone(zone).toLocalDate()).distinct().count() == 1;
        DateTimeFormatter format = DateTimeFormatter.ofPattern(oneDay ? "HH:mm" : "yyyy-MM-dd HH:mm");
        List<String> shown = instants.stream().map(at -> format.format(at.atZone(zone))).toList();
        if (shown.size() == 1) {
            return shown.getFirst();
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + OutboxText.get("outbox.check.and")
                + shown.getLast();
    }

    private Step foundByCheck(long id, Application application) {
        ObjectNode response = Json.mapper().createObjectNode();
        response.put("found_by_outcome_check", true);
        response.set("data", Json.mapper().valueToTree(application));
        transition(id, UNKNOWN, e -> e.state(SubmissionState.CREATED).failures(0).nextAttemptAt(null).mayExist(false)
                .created(application.id(), application.remoteId(), response.toString()).error(null, null));
        return Step.NEXT;
    }

    /**
     * The ATS could not be asked: asked again after a backoff (the whole queue waits only when the network or the
     * ATS as a whole is unavailable), or left to a person when asking again cannot help.
     */
    private Step checkFailed(long id, AtsException failure) {
        Instant now = clock.instant();
        if (failure instanceof AtsNetworkException network && !network.mayHaveReachedServer()) {
            Instant until = holds.networkDown();
            Optional<StoredSubmission> later = transition(id, UNKNOWN, e -> e.failures(e.failures() + 1)
                    .nextAttemptAt(until).error(null, network.getMessage()));
            return later.isEmpty() ? Step.NEXT : Step.STOP;
        }
        AtsHttpException http = failure instanceof AtsHttpException h ? h : null;
        if (http == null || http.status() == 408 || http.status() == 429 || http.status() >= 500) {
            Optional<Duration> retryAfter = http == null ? Optional.empty() : http.retryAfter();
            Optional<StoredSubmission> later = transition(id, UNKNOWN, e -> {
                int failures = e.failures() + 1;
                e.failures(failures).nextAttemptAt(now.plus(retry.delay(failures, retryAfter)))
                        .error(http == null ? null : http.status(), http == null ? failure.getMessage()
                                : http.serverMessage());
            });
            boolean atsBusy = http != null && CreateFailure.ofStatus(http.status()) == CreateFailure.ATS_BUSY;
            if (!atsBusy || later.isEmpty() || later.get().submission().nextAttemptAt() == null) {
                return Step.NEXT;
            }
            holds.atsPause(later.get().submission().nextAttemptAt(), retryAfter.isPresent());
            return Step.STOP;
        }
        // 401, 403, 404...: asking again will not help until a person fixes the account.
        transition(id, UNKNOWN, e -> e.nextAttemptAt(null).error(http.status(),
                OutboxText.get("outbox.error.checkFailed", failure.getMessage())));
        return Step.NEXT;
    }

    private Optional<StoredSubmission> transition(long id, Set<SubmissionState> from,
            Consumer<SubmissionStore.Edit> change) {
        return transition.apply(id, from, change);
    }
}
