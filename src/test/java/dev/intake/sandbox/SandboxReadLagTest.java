package dev.intake.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.intake.ats.Candidate;
import dev.intake.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lists trail writes by the read lag, on the sandbox's clock, as real ATSs' searches do; GET by id does not. */
class SandboxReadLagTest {
    private static final Duration LAG = Duration.ofSeconds(30);
    private static final AtomicInteger EMAILS = new AtomicInteger();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private SandboxServer server;
    private SandboxHttp http;

    @BeforeEach
    void start() {
        server = SandboxServer.start(SandboxOptions.defaults().withKnobs(KnobsOnClock.on(clock).readLag(LAG)));
        http = new SandboxHttp(server);
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    private ObjectNode newCandidateBody() {
        return SandboxHttp.validRequest(SeedPostings.postingWith(server, "QN-general"),
                SandboxHttp.newCandidate("lag" + EMAILS.incrementAndGet() + "@example.com"));
    }

    private String create(ObjectNode body) {
        SandboxHttp.Reply reply = http.post(SandboxHttp.APPLICATIONS, body);
        assertEquals(201, reply.status(), reply.body());
        return reply.json().path("data").path("id").asText();
    }

    private JsonNode candidatesWithEmail(String email) {
        return http.get("/unified/ats/candidates?filter[email]=" + SandboxHttp.encode(email)).json().path("data");
    }

    private boolean listedForJob(String jobId, String applicationId) {
        return http.all(SandboxHttp.APPLICATIONS, Map.of("filter[job_id]", jobId), 200).stream()
                .anyMatch(a -> a.path("id").asText().equals(applicationId));
    }

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void aNewCandidateAndItsApplicationAreListedOnlyAfterTheLag() {
        ObjectNode body = newCandidateBody();
        String email = body.path("candidate").path("email").asText();
        String jobId = body.path("job_id").asText();

        String id = create(body);

        assertEquals(0, candidatesWithEmail(email).size(), "the search does not find the new candidate yet");
        assertFalse(listedForJob(jobId, id), "the job's applications do not list it yet");
        Candidate stored = server.data().candidatesByEmail(email).getFirst();
        JsonNode byId = http.get("/unified/ats/candidates/" + stored.id()).json().path("data");
        assertEquals(List.of(id), ids(byId.path("application_ids")), "a get by id shows it at once");

        JsonNode application = http.get(SandboxHttp.APPLICATIONS + "/" + id).json().path("data");
        assertEquals(stored.id(), application.path("candidate_id").asText(),
                "the application read by id names its candidate at once");
        assertEquals(404, http.get(SandboxHttp.APPLICATIONS + "/no-such-id").status());

        clock.advance(LAG.minusMillis(1));
        assertEquals(0, candidatesWithEmail(email).size(), "still inside the lag");
        assertFalse(listedForJob(jobId, id));

        clock.advance(Duration.ofMillis(1));
        JsonNode found = candidatesWithEmail(email);
        assertEquals(1, found.size());
        assertEquals(List.of(id), ids(found.path(0).path("application_ids")));
        assertTrue(listedForJob(jobId, id));
    }

    @Test
    void anExistingCandidateIsListedWithoutItsNewApplicationUntilTheLagPasses() {
        Candidate existing = server.data().candidatesByEmail("taro.yamada@example.jp").getFirst();
        ObjectNode body = newCandidateBody();
        body.remove("candidate");
        body.put("candidate_id", existing.id());

        String id = create(body);

        JsonNode listed = candidatesWithEmail("taro.yamada@example.jp");
        assertEquals(1, listed.size(), "the candidate itself is old, so it is listed");
        assertEquals(existing.applicationIds(), ids(listed.path(0).path("application_ids")),
                "but as it was before the new application");
        clock.advance(LAG);
        List<String> after = ids(candidatesWithEmail("taro.yamada@example.jp").path(0).path("application_ids"));
        assertEquals(existing.applicationIds().size() + 1, after.size());
        assertEquals(id, after.getLast());
    }

    @Test
    void theLagCanBeChangedWhileRunningAndZeroListsAtOnce() {
        ObjectNode body = newCandidateBody();
        String email = body.path("candidate").path("email").asText();
        create(body);
        assertEquals(0, candidatesWithEmail(email).size());

        server.knobs().readLag(Duration.ZERO);

        assertEquals(1, candidatesWithEmail(email).size());
    }

    @Test
    void readLagIsCopiedResetAndNeverNegative() {
        FaultKnobs knobs = new FaultKnobs().readLag(Duration.ofMillis(1500));

        assertEquals(Duration.ofMillis(1500), knobs.copy().readLag());
        assertEquals(Duration.ZERO, knobs.reset().readLag());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> knobs.readLag(Duration.ofMillis(-1)))
                .getMessage().contains("read lag"));
    }
}
