package dev.intake.wizard.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.CodedValue;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.Upload;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.store.SubmissionState;
import dev.intake.store.HistoryLabels;
import dev.intake.form.Messages;
import dev.intake.wizard.fakes.FakeOutbox;
import dev.intake.wizard.result.SubmissionViewModel.Phase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SubmissionViewModelTest {
    private static final CreateApplicationRequest REQUEST = new CreateApplicationRequest(null, "j-1", null, null, null,
            null, null, "c-1", null, null);
    private final FakeOutbox outbox = new FakeOutbox();
    private final SubmissionViewModel vm = new SubmissionViewModel(outbox, new ImmediateTaskExecutor(),
            Messages.load(), Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneId.of("Europe/Berlin")));

    @Test
    void theUploadOfThisApplicationShowsItsPercentageAndMegabytes() {
        List<Consumer<Upload>> uploads = new ArrayList<>();
        SubmissionViewModel sending = new SubmissionViewModel(outbox, listener -> {
            uploads.add(listener);
            return () -> uploads.remove(listener);
        }, new ImmediateTaskExecutor(), Messages.load(), Clock.systemUTC());
        CreateApplicationRequest withCv = withCv("j-1", "QUJD");
        sending.submit("sandbox", withCv, HistoryLabels.job("Backend Engineer"));
        assertEquals(SubmissionViewModel.PROGRESS_UNKNOWN, sending.uploadProgressProperty().get());

        uploads.forEach(l -> l.accept(new Upload(withCv("j-2", "QUJD"), 1_000_000, 2_000_000)));
        assertEquals(SubmissionViewModel.PROGRESS_UNKNOWN, sending.uploadProgressProperty().get(),
                "another application's upload is not shown");
        assertEquals("Sending to the ATS…", sending.progressTextProperty().get());

        // The outbox sends a copy read back from its database, not the object handed to it.
        uploads.forEach(l -> l.accept(new Upload(withCv("j-1", "QUJD"), 3_375_000, 13_500_000)));
        assertEquals(0.25, sending.uploadProgressProperty().get(), 1e-9);
        assertEquals("Sending to the ATS… 25 % (3.4 of 13.5 MB)", sending.progressTextProperty().get());

        uploads.forEach(l -> l.accept(new Upload(withCv("j-1", "QUJD"), 13_500_000, 13_500_000)));
        assertEquals(1.0, sending.uploadProgressProperty().get(), 1e-9);
        assertEquals("Sent 13.5 MB. Waiting for the ATS to answer…", sending.progressTextProperty().get());

        outbox.created(1, "app-1", "r-1", null);
        assertEquals(Phase.CREATED, sending.phase());
        assertEquals(SubmissionViewModel.PROGRESS_UNKNOWN, sending.uploadProgressProperty().get());
        sending.dispose();
        assertTrue(uploads.isEmpty(), "a closed wizard stops listening");
    }

    private static CreateApplicationRequest withCv(String jobId, String base64) {
        return new CreateApplicationRequest(null, jobId, null, null, null, null, null, "c-1", null,
                List.of(new CreateApplicationRequest.DocumentUpload("cv.pdf", CodedValue.of("pdf"), base64, null,
                        null, null, CodedValue.of("resume"))));
    }

    @Test
    void aCreatedApplicationShowsItsIdsMessageLocalTimeAndWarnings() {
        vm.submit("sandbox", REQUEST, HistoryLabels.job("Backend Engineer"));
        assertEquals(Phase.SENDING, vm.phase());
        assertEquals("Sending to the ATS…", vm.progressTextProperty().get());
        outbox.created(1, "app-9", "rem-9", "\"warnings\":[{\"message\":\"Source was not recognised\"},\"Phone ignored\"]");
        assertEquals(Phase.CREATED, vm.phase());
        assertEquals("app-9", vm.applicationIdProperty().get());
        assertEquals("rem-9", vm.remoteIdProperty().get());
        assertEquals("Record created successfully.", vm.serverMessageProperty().get());
        assertEquals("1 Mar 2026, 11:00:05", vm.timeProperty().get(), "10:00:05Z shown in Berlin time");
        assertEquals(List.of("Source was not recognised", "Phone ignored"), vm.warnings());
        assertEquals(List.of(REQUEST), outbox.submitted);
    }

    @Test
    void updatesThatArriveBeforeSubmitReturnsAreNotLost() {
        outbox.automatic = true;
        vm.submit("sandbox", REQUEST, HistoryLabels.job("Backend Engineer"));
        assertEquals(Phase.CREATED, vm.phase());
        assertEquals("app-1", vm.applicationIdProperty().get());
    }

    @Test
    void offlineIsQueuedAndBusyServersAreRetried() {
        vm.submit("sandbox", REQUEST, HistoryLabels.job("Backend Engineer"));
        outbox.waitToRetry(1, null, "Connection refused", Duration.ofMinutes(1));
        assertEquals(Phase.QUEUED_OFFLINE, vm.phase());
        outbox.waitToRetry(1, 503, "Service unavailable", Duration.ofMinutes(2));
        assertEquals(Phase.RETRY_SCHEDULED, vm.phase());
        assertEquals("Next attempt at 1 Mar 2026, 11:02:00.", vm.nextAttemptProperty().get());
        assertTrue(vm.explanationProperty().get().advice().contains("automatically"));
        outbox.created(1, "app-1", "r-1", null);
        assertEquals(Phase.CREATED, vm.phase(), "a queued application that goes through later is shown as created");
    }

    @Test
    void aRejectionIsExplainedAndTheCorrectedRequestGoesOutAsTheSameSubmission() {
        vm.submit("sandbox", REQUEST, HistoryLabels.job("Backend Engineer"));
        outbox.reject(1, 422, "candidate.email is not a valid email");
        assertEquals(Phase.REJECTED, vm.phase());
        assertEquals("The ATS could not accept these values (422)", vm.explanationProperty().get().title());
        vm.submit("sandbox", REQUEST, HistoryLabels.job("Backend Engineer"));
        assertEquals(List.of(1L), outbox.resubmitted);
        assertEquals(1, outbox.all().size());
    }

    @Test
    void cancelWithdrawsASubmissionInFlight() {
        vm.submit("sandbox", REQUEST, HistoryLabels.job("Backend Engineer"));
        vm.cancel();
        assertEquals(List.of(1L), outbox.cancelled);
        assertEquals(Phase.CANCELLED, vm.phase());
    }

    @Test
    void cancelThatMayHaveReachedTheServerBecomesOutcomeUnknownNotAResend() {
        outbox.cancelOutcome = SubmissionState.OUTCOME_UNKNOWN;
        vm.submit("sandbox", REQUEST, HistoryLabels.job("Backend Engineer"));
        vm.cancel();
        assertEquals(Phase.OUTCOME_UNKNOWN, vm.phase());
        assertEquals(1, outbox.submitted.size());
    }

    @Test
    void aLocalFailureSaysNothingWasSent() {
        outbox.submitFailure = new IllegalStateException("disk full");
        vm.submit("sandbox", REQUEST, HistoryLabels.job("Backend Engineer"));
        assertEquals(Phase.FAILED, vm.phase());
        assertEquals("disk full", vm.explanationProperty().get().detail());
        assertTrue(vm.explanationProperty().get().advice().startsWith("Nothing was sent"));
    }

    @Test
    void resetForgetsTheLastOutcome() {
        outbox.automatic = true;
        vm.submit("sandbox", REQUEST, HistoryLabels.job("Backend Engineer"));
        vm.reset();
        assertEquals(Phase.IDLE, vm.phase());
        assertNull(vm.applicationIdProperty().get());
        vm.dispose();
        assertEquals(0, outbox.listenerCount());
    }
}
