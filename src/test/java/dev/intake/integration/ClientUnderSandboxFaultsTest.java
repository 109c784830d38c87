package dev.intake.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Application;
import dev.intake.ats.AtsHttpException;
import dev.intake.ats.AtsHttpException.Kind;
import dev.intake.ats.AtsNetworkException;
import dev.intake.ats.Candidate;
import dev.intake.ats.CodedValue;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.CreateResult;
import dev.intake.ats.IsoInstant;
import dev.intake.ats.Job;
import dev.intake.ats.Location;
import dev.intake.ats.Page;
import dev.intake.sandbox.FaultKnobs.Drop;
import dev.intake.sandbox.FaultKnobs.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each fault knob of the sandbox, as the client observes it: what it reports, and what happened in the sandbox. */
class ClientUnderSandboxFaultsTest extends ClientAgainstSandbox {

    private static CreateApplicationRequest newCandidateToOpenJob() {
        return Applications.toJob(Applications.openJob(sandbox.data()).id(),
                Applications.newCandidate(Applications.freshEmail()));
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }

    // ---------------------------------------------------------------- latency

    @Test
    void fixedLatencyHoldsTheCallsInFlightThenTheySucceed() throws Exception {
        Duration latency = Duration.ofMillis(300);
        sandbox.knobs().latency(latency);
        long start = System.nanoTime();

        CompletableFuture<Page<Job>> page = client.jobs(null, 25).fetchAsync(null);
        CompletableFuture<CreateResult> created = client.createApplicationAsync(newCandidateToOpenJob());

        // No answer can exist yet: the sandbox holds every request for the latency before looking at it.
        assertFalse(page.isDone(), "the list call is in flight");
        assertFalse(created.isDone(), "the create is in flight");
        assertEquals(sandbox.data().jobs().subList(0, 25), page.get(10, TimeUnit.SECONDS).data());
        String id = created.get(10, TimeUnit.SECONDS).data().id();
        assertTrue(millisSince(start) >= latency.toMillis(), "the answers waited for the latency");
        assertTrue(sandbox.data().application(id).isPresent());
    }

    // ---------------------------------------------------------------- rate limit

    @Test
    void rateLimitIsTooManyRequestsWithRetryAfterAndCreatesNothing() {
        sandbox.knobs().rateLimit(2, Duration.ofMinutes(1));
        client.locations(25).fetch(null);
        client.locations(25).fetch(null);

        AtsHttpException read = refused(429, Kind.TOO_MANY_REQUESTS, () -> client.locations(25).fetch(null));
        AtsHttpException create = refused(429, Kind.TOO_MANY_REQUESTS,
                () -> client.createApplication(newCandidateToOpenJob()));

        for (AtsHttpException limited : List.of(read, create)) {
            Duration wait = limited.retryAfter().orElseThrow();
            assertTrue(wait.compareTo(Duration.ofSeconds(1)) >= 0 && wait.compareTo(Duration.ofMinutes(1)) <= 0,
                    "Retry-After within the window: " + wait);
            assertTrue(limited.transientFailure());
            assertTrue(limited.serverMessage().startsWith("Too many requests: the sandbox allows 2 requests per "
                    + "60000 ms"), limited.serverMessage());
        }
    }

    // ---------------------------------------------------------------- fail next

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"400, BAD_REQUEST", "401, UNAUTHORIZED", "403, FORBIDDEN", "404, NOT_FOUND",
            "408, REQUEST_TIMED_OUT", "409, CONFLICT", "412, PRECONDITION_FAILED", "422, UNPROCESSABLE",
            "429, TOO_MANY_REQUESTS", "500, SERVER_ERROR", "501, NOT_IMPLEMENTED", "502, BAD_GATEWAY",
            "503, OTHER", "504, OTHER"})
    void failedCreateHasItsStatusesKindIsNotResentAndTheNextOneGoesThrough(int status, Kind kind) {
        sandbox.knobs().failNext(1, status, Scope.CREATE_APPLICATION);
        CreateApplicationRequest request = newCandidateToOpenJob();

        AtsHttpException error = refused(status, kind, () -> client.createApplication(request));

        assertEquals("Injected failure: the sandbox was set to answer " + status + " to this request",
                error.serverMessage());
        assertTrue(error.retryAfter().isEmpty());
        // OkHttp replays some answers (408, 401 with an authenticator) on its own; a replay would have been created.
        assertEquals(0, sandbox.knobs().failNextCount(), "exactly one request arrived");
        CreateResult next = client.createApplication(request);
        assertTrue(sandbox.data().application(next.data().id()).isPresent());
    }

    @Test
    void aReadAnswered408IsReplayedOnceByOkHttpAndASecond408Surfaces() {
        List<Location> firstPage = sandbox.data().locations().subList(0, 5);
        sandbox.knobs().failNext(1, 408);

        assertEquals(firstPage, client.locations(5).fetch(null).data());
        assertEquals(0, sandbox.knobs().failNextCount());

        sandbox.knobs().failNext(3, 408);
        refused(408, Kind.REQUEST_TIMED_OUT, () -> client.locations(5).fetch(null));
        assertEquals(1, sandbox.knobs().failNextCount(), "the read and one replay, no more");
    }

    // ---------------------------------------------------------------- dropped connections

    @Test
    void dropBeforeASmallBodyIsConservativelyReportedAsMaybeSentAndCreatedNothing() {
        sandbox.knobs().dropNext(Drop.BEFORE_BODY, 2, Scope.CREATE_APPLICATION);
        CreateApplicationRequest request = newCandidateToOpenJob();
        Counts before = Counts.now();

        AtsNetworkException error = assertThrows(AtsNetworkException.class, () -> client.createApplication(request));

        // A small body is handed over whole before the sandbox hangs up, so the client cannot tell this from a drop
        // after the body; it says "may have reached", which keeps the outbox from resending blindly.
        assertTrue(error.mayHaveReachedServer(), error.getMessage());
        assertTrue(error.getMessage().endsWith("check the ATS before sending it again."), error.getMessage());
        assertEquals(1, sandbox.knobs().dropCount(), "exactly one request arrived: not resent");
        assertEquals(before, Counts.now());
        assertTrue(client.candidatesByEmail(request.candidate().email(), 25).all().isEmpty(),
                "the outcome check finds nothing to settle");
    }

    @Test
    void dropBeforeALargeBodyIsReportedAsNotSent() {
        // Larger than the socket buffers: the client is still writing when the sandbox hangs up, so the body is
        // certainly cut short and the sandbox never had the request.
        CreateApplicationRequest small = newCandidateToOpenJob();
        CreateApplicationRequest large = new CreateApplicationRequest(null, small.jobId(), null, null, null, null,
                null, null, small.candidate(), List.of(new CreateApplicationRequest.DocumentUpload("cv.pdf",
                        CodedValue.of("pdf"), "A".repeat(24 * 1024 * 1024), null, null, null, null)));
        sandbox.knobs().dropNext(Drop.BEFORE_BODY, 2, Scope.CREATE_APPLICATION);
        Counts before = Counts.now();

        AtsNetworkException error = assertThrows(AtsNetworkException.class, () -> client.createApplication(large));

        assertFalse(error.mayHaveReachedServer(), error.getMessage());
        assertTrue(error.getMessage().startsWith("Could not send POST /unified/ats/applications to "),
                error.getMessage());
        assertTrue(error.getMessage().endsWith("Nothing reached the ATS."), error.getMessage());
        assertEquals(1, sandbox.knobs().dropCount(), "exactly one request arrived: not resent");
        assertEquals(before, Counts.now());
    }

    @Test
    void dropAfterTheBodyIsMaybeSentAndTheApplicationExistsExactlyOnce() {
        sandbox.knobs().dropNext(Drop.AFTER_BODY, 2, Scope.CREATE_APPLICATION);
        CreateApplicationRequest request = newCandidateToOpenJob();
        String email = request.candidate().email();
        String createdAfter = IsoInstant.format(Instant.now().minusSeconds(1));
        Counts before = Counts.now();

        AtsNetworkException error = assertThrows(AtsNetworkException.class, () -> client.createApplication(request));

        assertTrue(error.mayHaveReachedServer());
        assertTrue(error.getMessage().startsWith("The connection failed after POST /unified/ats/applications was "
                + "sent"), error.getMessage());
        assertEquals(1, sandbox.knobs().dropCount(), "exactly one request arrived: not resent");
        assertEquals(new Counts(before.applications() + 1, before.candidates() + 1), Counts.now());
        // The outcome check the outbox will run finds the one application.
        List<Candidate> found = client.candidatesByEmail(email, 25).all();
        assertEquals(1, found.size());
        assertEquals(1, found.getFirst().applicationIds().size());
        List<Application> since = client.applications(request.jobId(), createdAfter, 100).all().stream()
                .filter(a -> a.candidateId().equals(found.getFirst().id())).toList();
        assertEquals(List.of(found.getFirst().applicationIds().getFirst()), since.stream().map(Application::id)
                .toList());
    }

    // ---------------------------------------------------------------- dripping answers

    @Test
    void drippingAnswersAreStillReadWhole() {
        Duration interval = Duration.ofMillis(5);
        sandbox.knobs().drip(8, interval);
        long start = System.nanoTime();

        CreateResult created = client.createApplication(newCandidateToOpenJob());

        // A CreateResult is well over 100 bytes: at least 13 pieces of 8 bytes, 12 pauses.
        assertTrue(millisSince(start) >= 12 * interval.toMillis(), "the answer came in pieces");
        assertEquals(sandbox.data().application(created.data().id()).orElseThrow().remoteId(),
                created.data().remoteId());
        assertEquals(201, created.statusCode());

        sandbox.knobs().drip(97, Duration.ofMillis(1));
        assertEquals(sandbox.data().jobs(), client.jobs(null, 30).all());
    }

    // ---------------------------------------------------------------- cancellation

    @Test
    void cancellingASlowCreateEndsTheCallAtOnceYetTheSandboxStillCreatesIt() throws Exception {
        Duration latency = Duration.ofSeconds(2);
        sandbox.knobs().latency(latency);
        CountDownLatch sent = new CountDownLatch(1);
        TAMPER.set(Tamper.signalWhenSent(sent));
        CreateApplicationRequest request = newCandidateToOpenJob();
        Counts before = Counts.now();

        CompletableFuture<CreateResult> future = client.createApplicationAsync(request);
        assertTrue(sent.await(5, TimeUnit.SECONDS), "the whole request went out");
        TAMPER.clear();
        CountDownLatch callEnded = new CountDownLatch(1);
        http.dispatcher().setIdleCallback(callEnded::countDown);
        assertTrue(future.cancel(true));

        assertTrue(callEnded.await(latency.toMillis() / 2, TimeUnit.MILLISECONDS),
                "the HTTP call ended long before the sandbox would have answered");
        assertTrue(future.isCancelled());
        assertThrows(CancellationException.class, future::join);
        assertEquals(before, Counts.now(), "nothing created yet: the sandbox is still waiting out its latency");

        // What the sandbox does with the request it already holds: each look below is itself held for the latency,
        // so the loop is paced by the sandbox and ends once the create has been handled (or after ten seconds).
        List<Candidate> found = List.of();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (found.isEmpty() && System.nanoTime() < deadline) {
            found = client.candidatesByEmail(request.candidate().email(), 25).all();
        }
        assertEquals(1, found.size(), "a create cancelled after it was sent is still created, exactly once");
        assertEquals(1, found.getFirst().applicationIds().size());
        assertEquals(new Counts(before.applications() + 1, before.candidates() + 1), Counts.now());
    }
}
