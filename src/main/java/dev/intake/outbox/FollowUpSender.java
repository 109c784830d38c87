package dev.intake.outbox;

import dev.intake.ats.Ats;
import dev.intake.ats.AtsHttpException;
import dev.intake.ats.CodedValue;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.CreateNoteRequest;
import dev.intake.ats.InvalidRequestException;
import dev.intake.outbox.OutboxWorker.Step;
import dev.intake.store.DocumentUpload;
import dev.intake.store.FollowUpState;
import dev.intake.store.StoredSubmission;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionDocuments;
import dev.intake.store.SubmissionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Sends what goes after a create, for the {@link OutboxWorker} on its thread: the follow-up note, then the documents
 * in order, one call at a time. Each part has its own state and next try; none is ever a reason to send the
 * application again.
 * <ul>
 * <li>Taken: SENT (a document's bytes are then dropped).</li>
 * <li>A 4xx (the application unknown, a bad value): FAILED with the ATS's message; a person adds it by hand.</li>
 * <li>429 or 503: tried again after the ATS's Retry-After (or a backoff); the whole queue pauses, as for a create.
 * </li>
 * <li>No connection: tried again when the network is back; the queue waits for it.</li>
 * <li>The body may have arrived (a time-out or drop after it, 408, 5xx): sent again after a backoff. Unlike an
 * application, a part whose outcome is unknown is resent without asking anyone: a note or document twice on an
 * application is a small nuisance a recruiter sees and deletes, while one lost is what the candidate told the
 * booth, gone unnoticed. A check before the resend would not settle it either, since new notes can take a while to
 * show in the ATS's lists.</li>
 * </ul>
 */
final class FollowUpSender {
    private final SubmissionStore store;
    private final ConnectionResolver connections;
    private final RateLimiter limiter;
    private final RetryPolicy retry;
    private final Clock clock;
    private final OutcomeSettler.Transition transition;
    private final OutcomeSettler.Holds holds;
    private final Consumer<Submission> changed;

    FollowUpSender(SubmissionStore store, ConnectionResolver connections, RateLimiter limiter, RetryPolicy retry,
            Clock clock, OutcomeSettler.Transition transition, OutcomeSettler.Holds holds,
            Consumer<Submission> changed) {
        this.store = store;
        this.connections = connections;
        this.limiter = limiter;
        this.retry = retry;
        this.clock = clock;
        this.transition = transition;
        this.holds = holds;
        this.changed = changed;
    }

    /** What one failed call means for its part: when to try again (null: never), and what the pass does. */
    private record Outcome(FollowUpState state, Instant retryAt, Integer status, String message, Step step) {
    }

    /**
     * Sends the next part of this submission that is due, if any. {@link Step#AGAIN} when it sent one and another
     * may follow at once; {@link Step#STOP} when the ATS or the network asks the queue to wait.
     */
    Step sendNext(long id) {
        Optional<StoredSubmission> found = store.find(id);
        if (found.isEmpty() || !SubmissionStore.FOLLOWED_UP.contains(found.get().submission().state())
                || found.get().submission().applicationId() == null) {
            return Step.NEXT;
        }
        StoredSubmission stored = found.get();
        Submission s = stored.submission();
        Instant now = clock.instant();
        boolean notePending = s.noteState() == FollowUpState.PENDING;
        if (notePending && stored.noteNextAt() != null && now.isBefore(stored.noteNextAt())) {
            return Step.NEXT; // the documents wait for the note, so that the ATS shows them in that order
        }
        List<SubmissionDocuments.Pending> documents = notePending ? List.of() : store.documents().pending(id);
        if (!notePending && (documents.isEmpty() || (documents.getFirst().nextAt() != null
                && now.isBefore(documents.getFirst().nextAt())))) {
            return Step.NEXT;
        }
        Optional<Ats> ats = connections.ats(s.profileId());
        if (ats.isEmpty()) {
            return Step.NEXT; // sent once the account is usable again; the application itself says why
        }
        return notePending ? sendNote(stored, ats.get()) : upload(s, documents.getFirst(), ats.get());
    }

    private Step sendNote(StoredSubmission stored, Ats ats) {
        long id = stored.localId();
        limiter.record();
        try {
            ats.createNote(stored.submission().applicationId(), CreateNoteRequest.of(stored.submission().noteText()));
        } catch (RuntimeException failure) {
            Outcome outcome = outcome(failure, stored.noteAttempts() + 1);
            transition.apply(id, SubmissionStore.FOLLOWED_UP, e -> e.noteAttempts(e.noteAttempts() + 1)
                    .noteNextAt(outcome.retryAt()).note(outcome.state(), outcome.status(), outcome.message()));
            return outcome.step();
        }
        transition.apply(id, SubmissionStore.FOLLOWED_UP, e -> e.noteAttempts(e.noteAttempts() + 1).noteNextAt(null)
                .note(FollowUpState.SENT, null, null));
        return Step.AGAIN;
    }

    private Step upload(Submission s, SubmissionDocuments.Pending pending, Ats ats) {
        DocumentUpload document = pending.document();
        CreateApplicationRequest.DocumentUpload body = new CreateApplicationRequest.DocumentUpload(
                document.fileName(), document.fileFormat() == null ? null : CodedValue.of(document.fileFormat()),
                Base64.getEncoder().encodeToString(document.content()), document.categoryId(), null, null, null);
        limiter.record();
        try {
            ats.uploadDocument(s.applicationId(), body);
        } catch (RuntimeException failure) {
            Outcome outcome = outcome(failure, pending.attempts() + 1);
            if (outcome.state() == FollowUpState.FAILED) {
                store.documents().failed(pending.id(), outcome.status(), outcome.message());
            } else {
                store.documents().retryAt(pending.id(), outcome.retryAt(), outcome.status(), outcome.message());
            }
            store.get(s.localId()).ifPresent(changed);
            return outcome.step();
        }
        store.documents().sent(pending.id());
        store.get(s.localId()).ifPresent(changed);
        return Step.AGAIN;
    }

    private Outcome outcome(RuntimeException failure, int attempts) {
        Instant now = clock.instant();
        if (failure instanceof InvalidRequestException invalid) {
            return new Outcome(FollowUpState.FAILED, null, null, invalid.field() + ": " + invalid.getMessage(),
                    Step.NEXT);
        }
        AtsHttpException http = failure instanceof AtsHttpException h ? h : null;
        Integer status = http == null ? null : http.status();
        String message = http != null ? http.serverMessage()
                : failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return switch (CreateFailure.of(failure)) {
            case REFUSED -> new Outcome(FollowUpState.FAILED, null, status, message, Step.NEXT);
            case ATS_BUSY -> {
                Optional<Duration> retryAfter = http.retryAfter();
                Instant at = now.plus(retry.delay(attempts, retryAfter));
                holds.atsPause(at, retryAfter.isPresent());
                yield new Outcome(FollowUpState.PENDING, at, status, message, Step.STOP);
            }
            case NO_CONNECTION -> new Outcome(FollowUpState.PENDING, holds.networkDown(), null, message, Step.STOP);
            case MAY_HAVE_CREATED -> new Outcome(FollowUpState.PENDING, now.plus(retry.delay(attempts,
                    Optional.empty())), status, message, Step.NEXT);
        };
    }
}
