package dev.intake.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A run takes in bodies up to a size and keeps created applications up to a count and a total, then refuses. */
class SandboxLimitsTest {
    private static final AtomicInteger EMAILS = new AtomicInteger();

    private SandboxServer server;
    private SandboxHttp http;

    private void start(SandboxOptions.Limits limits) {
        server = SandboxServer.start(SandboxOptions.defaults().withLimits(limits));
        http = new SandboxHttp(server);
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    private ObjectNode validBody() {
        return SandboxHttp.validRequest(SeedPostings.postingWith(server, "QN-general"),
                SandboxHttp.newCandidate("limit" + EMAILS.incrementAndGet() + "@example.com"));
    }

    private static String email(ObjectNode body) {
        return body.path("candidate").path("email").asText();
    }

    @Test
    void aBodyDeclaredTooLargeIsRefusedBeforeItIsRead() {
        start(new SandboxOptions.Limits(64 * 1024, 100, 1024 * 1024));
        String head = "POST " + SandboxHttp.APPLICATIONS + " HTTP/1.1\r\nHost: " + server.baseUrl().getAuthority()
                + "\r\nAuthorization: " + SandboxHttp.basic(server.apiKey()) + "\r\nx-account-id: "
                + server.accountId() + "\r\nContent-Type: application/json\r\nContent-Length: 2000000000\r\n";

        // Only the first bytes of the two gigabytes announced are ever sent: the answer comes without the rest.
        SandboxHttp.Reply reply = http.raw(head, "{\"job_id\":".getBytes(StandardCharsets.UTF_8));

        assertEquals(413, reply.status(), reply.body());
        assertEquals(413, reply.json().path("statusCode").asInt());
        assertEquals("is larger than the 65536 bytes the sandbox accepts in one request, send smaller or fewer "
                + "documents", reply.problem("body"));
        assertEquals(0, server.data().createdApplications().size());
    }

    @Test
    void aBodyWithoutALengthIsCutOffOneByteOverTheLimit() {
        start(new SandboxOptions.Limits(1024 * 1024, 100, 4 * 1024 * 1024));
        ObjectNode body = validBody();
        body.putObject("passthrough").put("padding", "x".repeat(1024 * 1024));
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);

        // From a stream the client sends it chunked, with no Content-Length to go by.
        SandboxHttp.Reply reply = http.send(http.request(SandboxHttp.APPLICATIONS)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build());

        assertEquals(413, reply.status(), reply.body());
        assertTrue(reply.problem("body").contains("1 MB"), reply.message());
        assertEquals(0, server.data().candidatesByEmail(email(body)).size(), "nothing was created");
        assertEquals(201, http.post(SandboxHttp.APPLICATIONS, validBody()).status(), "a body within it is taken");
    }

    @Test
    void createsBeyondTheApplicationLimitAreRefusedAndNothingIsDropped() {
        start(new SandboxOptions.Limits(1024 * 1024, 3, 64L * 1024 * 1024));
        List<ObjectNode> kept = List.of(validBody(), validBody(), validBody());
        kept.forEach(body -> assertEquals(201, http.post(SandboxHttp.APPLICATIONS, body).status()));
        ObjectNode fourth = validBody();

        SandboxHttp.Reply refused = http.post(SandboxHttp.APPLICATIONS, fourth);

        assertEquals(403, refused.status(), refused.body());
        assertEquals(403, refused.json().path("statusCode").asInt());
        assertEquals("The sandbox is full: it keeps at most 3 applications created in one run. Restart the sandbox "
                + "to start afresh", refused.message());
        assertEquals(3, server.data().createdApplications().size());
        assertEquals(0, server.data().candidatesByEmail(email(fourth)).size());
        for (ObjectNode body : kept) {
            assertEquals(1, http.get("/unified/ats/candidates?filter[email]=" + SandboxHttp.encode(email(body)))
                    .json().path("data").size(), "the first ones are still found");
        }
    }

    @Test
    void createsBeyondTheStoredBodyTotalAreRefused() {
        ObjectNode probe = SandboxHttp.validRequest(SeedPostings.postingWith(startedForProbe(), "QN-general"),
                SandboxHttp.newCandidate("probe@example.com"));
        int size = probe.toString().getBytes(StandardCharsets.UTF_8).length;
        stop();
        start(new SandboxOptions.Limits(size + 100, 1000, 2L * size + 150));

        assertEquals(201, http.post(SandboxHttp.APPLICATIONS, validBody()).status());
        assertEquals(201, http.post(SandboxHttp.APPLICATIONS, validBody()).status());
        SandboxHttp.Reply refused = http.post(SandboxHttp.APPLICATIONS, validBody());

        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.message().startsWith("The sandbox is full: it keeps at most " + (2L * size + 150)
                + " bytes of request bodies in one run"), refused.message());
        assertEquals(2, server.data().createdApplications().size());
    }

    private SandboxServer startedForProbe() {
        start(SandboxOptions.Limits.DEFAULT);
        return server;
    }

    @Test
    void limitsThatCannotWorkAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SandboxOptions.Limits(0, 10, 100));
        assertThrows(IllegalArgumentException.class, () -> new SandboxOptions.Limits(100, 0, 100));
        assertThrows(IllegalArgumentException.class, () -> new SandboxOptions.Limits(100, 10, 99));
        assertEquals(SandboxOptions.Limits.DEFAULT, SandboxOptions.defaults().limits());
        start(SandboxOptions.Limits.DEFAULT);
    }
}
