package dev.intake.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Each fault knob as a client over real HTTP observes it. */
class SandboxFaultKnobsTest extends SandboxTestBase {
    private static final AtomicInteger EMAILS = new AtomicInteger();

    private static ObjectNode validBody() {
        return SandboxHttp.validRequest(SeedPostings.postingWith(server, "QN-general"),
                SandboxHttp.newCandidate("fault" + EMAILS.incrementAndGet() + "@example.com"));
    }

    private static HttpRequest createRequest(ObjectNode body) {
        return http.request(SandboxHttp.APPLICATIONS).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private static int candidatesWith(ObjectNode body) {
        return http.get("/unified/ats/candidates?filter[email]="
                + SandboxHttp.encode(body.path("candidate").path("email").asText())).json().path("data").size();
    }

    @Test
    void fixedLatencyDelaysTheAnswer() {
        server.knobs().latency(Duration.ofMillis(300));

        long started = System.nanoTime();
        SandboxHttp.Reply reply = http.get("/unified/ats/locations");
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertEquals(200, reply.status());
        assertTrue(elapsedMs >= 300, "answered after " + elapsedMs + " ms");
    }

    @Test
    void randomLatencyIsSeededAndBounded() {
        FaultKnobs a = new FaultKnobs().latency(Duration.ofMillis(10)).randomLatency(Duration.ofMillis(200), 42);
        FaultKnobs b = new FaultKnobs().latency(Duration.ofMillis(10)).randomLatency(Duration.ofMillis(200), 42);
        FaultKnobs c = new FaultKnobs().latency(Duration.ofMillis(10)).randomLatency(Duration.ofMillis(200), 43);
        List<Duration> fromA = new ArrayList<>();
        List<Duration> fromB = new ArrayList<>();
        List<Duration> fromC = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            fromA.add(a.plan(false).delay());
            fromB.add(b.plan(false).delay());
            fromC.add(c.plan(false).delay());
        }

        assertEquals(fromA, fromB);
        assertTrue(!fromA.equals(fromC));
        assertTrue(fromA.stream().allMatch(d -> d.toMillis() >= 10 && d.toMillis() <= 210), fromA::toString);
        assertTrue(fromA.stream().distinct().count() > 10, "delays vary");

        server.knobs().randomLatency(Duration.ofMillis(100), 42).latency(Duration.ofMillis(150));
        long started = System.nanoTime();
        assertEquals(200, http.get("/unified/ats/departments").status());
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) >= 150);
    }

    @Test
    void rateLimitAnswers429WithRetryAfter() {
        server.knobs().rateLimit(3, Duration.ofMinutes(1));

        for (int i = 0; i < 3; i++) {
            assertEquals(200, http.get("/unified/ats/locations").status(), "request " + (i + 1));
        }
        SandboxHttp.Reply limited = http.get("/unified/ats/locations");
        int created = server.data().createdApplications().size();
        SandboxHttp.Reply create = http.post(SandboxHttp.APPLICATIONS, validBody());

        assertEquals(429, limited.status());
        assertEquals(429, limited.json().path("statusCode").asInt());
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(429, create.status());
        assertEquals(created, server.data().createdApplications().size(), "a refused create creates nothing");
    }

    @Test
    void rateLimitWindowEndsOnTime() {
        long[] now = {0};
        FaultKnobs knobs = new FaultKnobs(() -> now[0]).rateLimit(2, Duration.ofSeconds(10));

        assertEquals(0, knobs.plan(false).retryAfterSeconds());
        now[0] = Duration.ofSeconds(4).toNanos();
        assertEquals(0, knobs.plan(false).retryAfterSeconds());
        assertEquals(6, knobs.plan(false).retryAfterSeconds());
        now[0] = Duration.ofMillis(9_500).toNanos();
        assertEquals(1, knobs.plan(false).retryAfterSeconds());
        now[0] = Duration.ofSeconds(10).toNanos();
        assertEquals(0, knobs.plan(false).retryAfterSeconds());
    }

    @Test
    void failNextAnswersTheStatusThenRecovers() {
        server.knobs().failNext(2, 503);

        SandboxHttp.Reply first = http.get("/unified/ats/jobs");
        SandboxHttp.Reply second = http.get("/unified/ats/locations");
        SandboxHttp.Reply third = http.get("/unified/ats/jobs");

        assertEquals(503, first.status());
        assertEquals(503, first.json().path("statusCode").asInt());
        assertTrue(first.json().path("timestamp").isTextual());
        assertEquals(503, second.status());
        assertEquals(200, third.status());
        assertEquals(0, server.knobs().failNextCount());
    }

    @Test
    void failNextCanTargetCreatesOnlyAndCreatesNothing() {
        server.knobs().failNext(1, 500, FaultKnobs.Scope.CREATE_APPLICATION);
        ObjectNode body = validBody();
        int created = server.data().createdApplications().size();

        assertEquals(200, http.get("/unified/ats/jobs").status());
        assertEquals(500, http.post(SandboxHttp.APPLICATIONS, body).status());
        assertEquals(created, server.data().createdApplications().size());
        assertEquals(0, candidatesWith(body));
        assertEquals(201, http.post(SandboxHttp.APPLICATIONS, body).status());
    }

    @Test
    void dropBeforeBodyCreatesNothing() {
        server.knobs().dropNext(FaultKnobs.Drop.BEFORE_BODY, 1, FaultKnobs.Scope.CREATE_APPLICATION);
        ObjectNode body = validBody();
        int created = server.data().createdApplications().size();

        assertEquals(200, http.get("/unified/ats/jobs").status(), "reads are not in the create scope");
        assertThrows(IOException.class, () -> http.sendRaw(createRequest(body)));

        assertEquals(created, server.data().createdApplications().size());
        assertEquals(0, candidatesWith(body));
        assertEquals(201, http.post(SandboxHttp.APPLICATIONS, body).status(), "the next create goes through");
    }

    @Test
    void dropAfterBodyHasCreatedTheApplication() {
        server.knobs().dropNext(FaultKnobs.Drop.AFTER_BODY, 1, FaultKnobs.Scope.CREATE_APPLICATION);
        ObjectNode body = validBody();
        int created = server.data().createdApplications().size();

        assertThrows(IOException.class, () -> http.sendRaw(createRequest(body)));

        assertEquals(created + 1, server.data().createdApplications().size());
        JsonNode candidate = http.get("/unified/ats/candidates?filter[email]="
                + SandboxHttp.encode(body.path("candidate").path("email").asText())).json().path("data").path(0);
        String applicationId = candidate.path("application_ids").path(0).asText();
        assertEquals(applicationId, server.data().createdApplications().getLast().id());
        boolean listed = http.all(SandboxHttp.APPLICATIONS, java.util.Map.of("job_id", body.path("job_id").asText()),
                200).stream().anyMatch(a -> a.path("id").asText().equals(applicationId));
        assertTrue(listed, "the dropped create is listed");
    }

    @Test
    void failAfterCreateStoresTheApplicationThenAnswersTheStatus() {
        server.knobs().failAfterCreate(1, 504);
        ObjectNode body = validBody();
        int created = server.data().createdApplications().size();

        SandboxHttp.Reply lost = http.post(SandboxHttp.APPLICATIONS, body);

        assertEquals(504, lost.status());
        assertEquals(504, lost.json().path("statusCode").asInt());
        assertTrue(lost.json().path("timestamp").isTextual());
        assertTrue(lost.message().contains("504"), lost.message());
        assertEquals(created + 1, server.data().createdApplications().size(), "the application was stored");
        assertEquals(1, candidatesWith(body), "and its candidate can be found");
        assertEquals(0, server.knobs().failAfterCreateCount());
        assertEquals(201, http.post(SandboxHttp.APPLICATIONS, validBody()).status(), "the count ran out");
    }

    @Test
    void failAfterCreateSkipsRefusalsAndReadsAndCanFireEveryTime() {
        server.knobs().failAfterCreate(FaultKnobs.EVERY, 502);
        ObjectNode refused = validBody();
        refused.remove("job_id");

        assertEquals(200, http.get("/unified/ats/jobs").status(), "reads are answered as usual");
        assertEquals(400, http.post(SandboxHttp.APPLICATIONS, refused).status(), "a refusal is answered as usual");
        for (int i = 0; i < 3; i++) {
            assertEquals(502, http.post(SandboxHttp.APPLICATIONS, validBody()).status(), "create " + (i + 1));
        }
        assertEquals(FaultKnobs.EVERY, server.knobs().failAfterCreateCount());
    }

    @Test
    void failAfterCreateTakesOnlyStatusesOfALostAnswer() {
        FaultKnobs knobs = new FaultKnobs();
        for (int status : List.of(408, 500, 502, 504)) {
            assertEquals(status, knobs.failAfterCreate(1, status).failAfterCreateStatus());
        }
        for (int status : List.of(400, 429, 503, 201)) {
            String message = assertThrows(IllegalArgumentException.class, () -> knobs.failAfterCreate(1, status))
                    .getMessage();
            assertTrue(message.contains("fail-after-create status"), message);
        }
        FaultKnobs copied = new FaultKnobs().failAfterCreate(2, 500).copy();
        assertEquals(2, copied.failAfterCreateCount());
        assertEquals(0, copied.reset().failAfterCreateCount());
    }

    @Test
    void dripSendsTheAnswerInSeveralPieces() throws Exception {
        String whole = http.get("/unified/ats/locations").body();
        int pieceSize = 100;
        Duration interval = Duration.ofMillis(50);
        server.knobs().drip(pieceSize, interval);
        int pieces = (whole.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + pieceSize - 1) / pieceSize;

        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Flow.Subscriber<List<ByteBuffer>> subscriber = new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(List<ByteBuffer> buffers) {
                arrivals.add(System.nanoTime());
                for (ByteBuffer buffer : buffers) {
                    byte[] bytes = new byte[buffer.remaining()];
                    buffer.get(bytes);
                    received.writeBytes(bytes);
                }
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        };
        long started = System.nanoTime();
        HttpResponse<Void> response = http.client().send(http.request("/unified/ats/locations").build(),
                HttpResponse.BodyHandlers.fromSubscriber(subscriber));
        done.get(30, TimeUnit.SECONDS);
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertEquals(200, response.statusCode());
        assertTrue(pieces >= 8, "answer too short to drip: " + pieces + " pieces");
        assertTrue(arrivals.size() >= 4, "arrived in " + arrivals.size() + " pieces");
        assertTrue(elapsedMs >= (pieces - 1) * interval.toMillis(), "took " + elapsedMs + " ms for " + pieces);
        assertEquals(Json.mapper().readTree(whole), Json.mapper().readTree(received.toByteArray()));
    }

    @Test
    void rateLimitComesBeforeFailNextAndConsumesNothing() {
        server.knobs().rateLimit(1, Duration.ofMinutes(1)).failNext(1, 502);

        assertEquals(502, http.get("/unified/ats/jobs").status(), "within the limit, the failure fires");
        server.knobs().failNext(1, 502);
        assertEquals(429, http.get("/unified/ats/jobs").status());
        assertEquals(1, server.knobs().failNextCount(), "a refused request consumes no other knob");
    }

    @Test
    void resetTurnsEverythingOff() {
        server.knobs().latency(Duration.ofSeconds(5)).rateLimit(1, Duration.ofMinutes(1)).failNext(3, 500)
                .dropNext(FaultKnobs.Drop.AFTER_BODY, FaultKnobs.EVERY, FaultKnobs.Scope.ANY_REQUEST)
                .drip(1, Duration.ofSeconds(1));

        server.knobs().reset();

        assertEquals(Duration.ZERO, server.knobs().latency());
        assertEquals(0, server.knobs().rateLimitRequests());
        assertEquals(0, server.knobs().failNextCount());
        assertEquals(0, server.knobs().dropCount());
        assertEquals(0, server.knobs().dripBytes());
        for (int i = 0; i < 3; i++) {
            assertEquals(200, http.get("/unified/ats/departments").status());
        }
    }

    @Test
    void badKnobValuesAreRefusedWithTheirName() {
        FaultKnobs knobs = new FaultKnobs();

        assertTrue(assertThrows(IllegalArgumentException.class, () -> knobs.failNext(1, 200)).getMessage()
                .contains("fail-next status"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> knobs.latency(Duration.ofMillis(-1)))
                .getMessage().contains("latency"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> knobs.rateLimit(5, Duration.ZERO))
                .getMessage().contains("rate limit window"));
    }

    @Test
    void optionsKnobsAreCopiedSoServersDoNotShareThem() {
        FaultKnobs template = new FaultKnobs().failNext(1, 503);
        try (SandboxServer one = SandboxServer.start(SandboxOptions.defaults().withKnobs(template));
                SandboxHttp oneHttp = new SandboxHttp(one)) {
            assertEquals(503, oneHttp.get("/unified/ats/jobs").status());
            assertEquals(1, template.failNextCount(), "the template is untouched");
            assertEquals(0, one.knobs().failNextCount());
        }
    }
}
