package dev.intake.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Large documents on slow links: an upload that keeps moving is never cut off by the overall time limit, one that
 * stops fails in bounded time, and a time-out once the body started out is never taken for "nothing was sent".
 */
class StackOneSlowLinkTest {
    /** Scaled down from the real limits so that the tests take seconds: one second per call, one per write. */
    private static final OkHttpClient SHORT_LIMITS = HttpClients.create().newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .readTimeout(Duration.ofSeconds(10))
            .writeTimeout(Duration.ofSeconds(1))
            .callTimeout(Duration.ofSeconds(1))
            .build();

    private final MockAts ats = new MockAts();
    private final StackOneClient client = new StackOneClient(
            new AtsConnection(ats.server.url("/").toString(), MockAts.API_KEY, MockAts.ACCOUNT_ID), SHORT_LIMITS);

    @AfterEach
    void stop() {
        ats.close();
    }

    @Test
    void aLargeBodyOnASlowButWorkingLinkIsNotCutOff() {
        // 6 MB at about 2.5 MB/s: well over the one-second call limit, each write well inside its own limit.
        CreateApplicationRequest large = withCv("A".repeat(6 * 1024 * 1024));
        ats.enqueue(MockAts.json(201, SeedExample.CREATED_JSON).throttleBody(128 * 1024, 50, TimeUnit.MILLISECONDS)
                .build());
        long started = System.nanoTime();

        CreateResult result = client.createApplication(large);

        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(1)) > 0,
                "the upload took longer than the call limit without a body");
        assertEquals("8187e5da-dc77-475e-9949-af0f1fa4e4e3", result.data().id());
        assertEquals(StackOneClient.requestBody(large).length, ats.take().getBodySize(),
                "the server received the whole body");
    }

    @Test
    void aStalledUploadFailsInBoundedTimeAndMayHaveReachedTheServer() {
        // The server takes a kilobyte a second: once the socket buffers are full, the writes stop moving.
        CreateApplicationRequest large = withCv("A".repeat(24 * 1024 * 1024));
        ats.enqueue(MockAts.json(201, SeedExample.CREATED_JSON).throttleBody(1024, 1, TimeUnit.SECONDS).build());
        long started = System.nanoTime();

        AtsNetworkException error = assertThrows(AtsNetworkException.class, () -> client.createApplication(large));

        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(15)) < 0,
                "a stalled upload ends within its write limit");
        assertTrue(error.mayHaveReachedServer(), "part of the body went out before the time-out: "
                + error.getMessage());
        assertTrue(error.getMessage().startsWith("The connection timed out while POST /unified/ats/applications "
                + "was being sent"), error.getMessage());
        assertTrue(error.getMessage().endsWith("check the ATS before sending it again."), error.getMessage());
    }

    @Test
    void uploadProgressIsReportedUpToTheWholeBody() {
        CreateApplicationRequest large = withCv("A".repeat(1024 * 1024));
        int bodyBytes = StackOneClient.requestBody(large).length;
        List<Upload> seen = new CopyOnWriteArrayList<>();
        Runnable remove = client.addUploadListener(seen::add);
        ats.enqueueJson(201, SeedExample.CREATED_JSON);
        ats.enqueueJson(201, SeedExample.CREATED_JSON);

        client.createApplication(large);

        assertTrue(seen.size() >= bodyBytes / StackOneClient.UPLOAD_CHUNK_BYTES, "reported chunk by chunk");
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(bodyBytes, seen.get(i).totalBytes());
            assertTrue(seen.get(i).request() == large);
            if (i > 0) {
                assertTrue(seen.get(i).sentBytes() > seen.get(i - 1).sentBytes(), "only forward");
            }
        }
        assertTrue(seen.getLast().complete());
        assertFalse(seen.getFirst().complete());

        remove.run();
        int before = seen.size();
        client.createApplication(large);
        assertEquals(before, seen.size(), "a removed listener hears nothing more");
    }

    @Test
    void theCallLimitGrowsWithTheBodyAtTheSlowestRateWaitedFor() {
        long tenMegabyteCv = 13_500_000;

        long limit = HttpClients.callTimeoutMillis(HttpClients.CALL_TIMEOUT.toMillis(), tenMegabyteCv);

        // 13.5 MB at 0.5 Mbit/s is 216 s, on top of the usual 75 s.
        assertEquals(75_000 + 216_000, limit);
        assertEquals(75_000, HttpClients.callTimeoutMillis(75_000, 0));
    }

    private static CreateApplicationRequest withCv(String base64) {
        CreateApplicationRequest minimal = SeedExample.minimalNewCandidate();
        return new CreateApplicationRequest(null, minimal.jobId(), null, null, null, null, null, null,
                minimal.candidate(), List.of(new CreateApplicationRequest.DocumentUpload("cv.pdf",
                        CodedValue.of("pdf"), base64, null, null, null, CodedValue.of("resume"))));
    }
}
