package dev.intake.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Ats;
import dev.intake.ats.AtsConnection;
import dev.intake.ats.CodedValue;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.HttpClients;
import dev.intake.ats.SeedExample;
import dev.intake.ats.StackOneClient;
import dev.intake.common.FxTaskExecutor;
import dev.intake.store.Database;
import dev.intake.store.OpenResult;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.testing.SampleRequests;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cancel against a real HTTP call: pressed while a large application is still going out, it ends CANCELLED (its
 * request never arrived whole, so nothing can have been created) and the queue goes on; pressed once the request
 * was out, the outcome is checked with the ATS, never assumed.
 */
class OutboxCancelOverHttpTest {
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dir;
    private final MockWebServer server = new MockWebServer();
    private Database database;
    private SqliteOutbox outbox;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private Ats ats;

    @BeforeEach
    void start() throws Exception {
        server.start();
        ats = new StackOneClient(new AtsConnection(server.url("/").toString(), "k", "acct-42"), HttpClients.create());
        database = ((OpenResult.Opened) Database.open(dir, Clock.systemUTC())).database();
        outbox = SqliteOutbox.create(database, new ConnectionResolver() {
            @Override
            public String currentProfileId() {
                return "p1";
            }

            @Override
            public Optional<Ats> ats(String profileId) {
                return Optional.of(ats);
            }
        }, executor);
        outbox.start();
    }

    @AfterEach
    void stop() throws Exception {
        outbox.close();
        executor.close();
        database.close();
        server.close();
    }

    /** Completes with the first state of this submission that {@code wanted} accepts, as the outbox reports it. */
    private CompletableFuture<Submission> when(long id, Predicate<Submission> wanted) {
        CompletableFuture<Submission> seen = new CompletableFuture<>();
        Runnable remove = outbox.addListener(s -> {
            if (s.localId() == id && wanted.test(s)) {
                seen.complete(s);
            }
        });
        seen.whenComplete((s, e) -> remove.run());
        Submission now = outbox.get(id);
        if (wanted.test(now)) {
            seen.complete(now);
        }
        return seen;
    }

    private static CreateApplicationRequest withLargeCv() {
        CreateApplicationRequest minimal = SeedExample.minimalNewCandidate();
        return new CreateApplicationRequest(null, minimal.jobId(), null, null, null, null, null, null,
                minimal.candidate(), List.of(new CreateApplicationRequest.DocumentUpload("cv.pdf",
                        CodedValue.of("pdf"), "A".repeat(14 * 1024 * 1024), null, null, null,
                        CodedValue.of("resume"))));
    }

    @Test
    void aCancelWhileTheRequestIsStillGoingOutIsCancelledAndTheQueueGoesOn() throws Exception {
        // The server takes a kilobyte a second: the large request stays on its way out until it is cancelled.
        server.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json")
                .body(SeedExample.CREATED_JSON).throttleBody(1024, 1, TimeUnit.SECONDS).build());
        CompletableFuture<Void> uploading = new CompletableFuture<>();
        ats.addUploadListener(upload -> uploading.complete(null));
        long large = outbox.submit("p1", withLargeCv()).localId();
        uploading.get(WAIT_SECONDS, TimeUnit.SECONDS);

        outbox.cancel(large);

        Submission settled = when(large, s -> s.state() != SubmissionState.SENDING).get(WAIT_SECONDS,
                TimeUnit.SECONDS);
        assertEquals(SubmissionState.CANCELLED, settled.state(), settled.errorMessage());
        server.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json")
                .body(SeedExample.CREATED_JSON).build());
        long next = outbox.submit("p1", SampleRequests.newCandidate("Bo Chen", "bo@example.com", "job-2"))
                .localId();
        Submission created = when(next, s -> s.state() == SubmissionState.CREATED).get(WAIT_SECONDS,
                TimeUnit.SECONDS);
        assertEquals("8187e5da-dc77-475e-9949-af0f1fa4e4e3", created.applicationId(),
                "the next applicant is sent at once: a cancel is no network trouble");
    }

    @Test
    void aCancelOnceTheRequestWasOutIsCheckedWithTheAtsNotAssumed() throws Exception {
        // The request goes out whole; the answer would come only after a minute.
        server.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json")
                .body(SeedExample.CREATED_JSON).headersDelay(60, TimeUnit.SECONDS).build());
        long id = outbox.submit("p1", SampleRequests.newCandidate("Ana Li", "ana@example.com", "job-1"))
                .localId();
        assertTrue(server.takeRequest(WAIT_SECONDS, TimeUnit.SECONDS) != null, "the request arrived");

        outbox.cancel(id);

        Submission settled = when(id, s -> s.state() != SubmissionState.SENDING).get(WAIT_SECONDS,
                TimeUnit.SECONDS);
        assertEquals(SubmissionState.OUTCOME_UNKNOWN, settled.state(), "it may exist: checked, never resent");
        assertTrue(settled.errorMessage().startsWith("Cancelled while the application was being sent"),
                settled.errorMessage());
    }
}
