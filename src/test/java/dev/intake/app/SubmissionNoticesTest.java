package dev.intake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.intake.ats.CreateApplicationRequest;
import dev.intake.form.Messages;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.testing.SampleRequests;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionNoticesTest {
    private final List<String> shown = new ArrayList<>();
    private final SubmissionNotices notices = new SubmissionNotices(Messages.load(),
            (title, text) -> shown.add(title + " | " + text));

    @Test
    void aCreatedApplicationIsConfirmedWithTheCandidatesName() {
        notices.changed(submission(1, SubmissionState.QUEUED));
        notices.changed(submission(1, SubmissionState.SENDING));
        notices.changed(submission(1, SubmissionState.CREATED));

        assertEquals(List.of("Application created | The ATS created the application for Ada Lovelace."), shown);
    }

    @Test
    void waitingInTheOutboxIsSaidOnceNotAtEveryRetry() {
        for (int attempt = 0; attempt < 3; attempt++) {
            notices.changed(submission(2, SubmissionState.SENDING));
            notices.changed(submission(2, SubmissionState.WAITING_TO_RETRY));
        }
        notices.changed(submission(2, SubmissionState.CREATED));

        assertEquals(List.of("Saved to the outbox | The application for Ada Lovelace is kept on this computer and sent"
                        + " as soon as the ATS can be reached.",
                "Application created | The ATS created the application for Ada Lovelace."), shown);
    }

    @Test
    void refusalsAndUnconfirmedOutcomesAreNotConfirmationsAndShowNothing() {
        notices.changed(submission(3, SubmissionState.REJECTED));
        notices.changed(submission(4, SubmissionState.OUTCOME_UNKNOWN));
        notices.changed(submission(5, SubmissionState.CANCELLED));

        assertEquals(List.of(), shown);
    }

    @Test
    void anExistingCandidateIsNamedByItsAtsId() {
        CreateApplicationRequest request = SampleRequests.existingCandidate("cand-9", "job-1");
        notices.changed(new Submission(6, "sandbox", Instant.EPOCH, Instant.EPOCH, request, SubmissionState.CREATED,
                1, null, "app-1", null, null, null, null));

        assertEquals(List.of("Application created | The ATS created the application for cand-9."), shown);
    }

    private static Submission submission(long localId, SubmissionState state) {
        CreateApplicationRequest request = SampleRequests.newCandidate("Ada Lovelace", "ada@example.com", "job-1");
        return new Submission(localId, "sandbox", Instant.EPOCH, Instant.EPOCH, request, state, 1, null, null, null,
                null, null, null);
    }
}
