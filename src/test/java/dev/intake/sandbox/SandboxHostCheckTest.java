package dev.intake.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Only requests addressed to the sandbox's loopback port are answered: a rebound host name gets 403. */
class SandboxHostCheckTest extends SandboxTestBase {
    private static int port() {
        return server.baseUrl().getPort();
    }

    private static SandboxHttp.Reply getWithHost(String host) {
        return http.raw(http.rawGet("/unified/ats/locations", "Host: " + host + "\r\n"), new byte[0]);
    }

    @Test
    void loopbackNamesWithTheSandboxPortAreAnswered() {
        for (String host : List.of("127.0.0.1:" + port(), "localhost:" + port(), "[::1]:" + port(),
                "LocalHost:" + port())) {
            SandboxHttp.Reply reply = getWithHost(host);
            assertEquals(200, reply.status(), host + ": " + reply.body());
            assertTrue(reply.json().path("data").size() > 0, host);
        }
    }

    @Test
    void anyOtherHostIsRefusedWithTheReason() {
        for (String host : List.of("evil.example:" + port(), "evil.example", "127.0.0.1", "localhost:" + (port() + 1),
                "127.0.0.1.nip.io:" + port(), "10.0.0.5:" + port())) {
            SandboxHttp.Reply reply = getWithHost(host);

            assertEquals(403, reply.status(), host);
            assertEquals(403, reply.json().path("statusCode").asInt());
            assertTrue(reply.json().path("timestamp").isTextual());
            assertEquals(List.of("host"), reply.fields(), reply.message());
            String problem = reply.problem("host");
            assertTrue(problem.contains("'" + host + "' is not this sandbox's address"), problem);
            assertTrue(problem.contains("127.0.0.1:" + port()) && problem.contains("DNS rebinding"), problem);
        }
    }

    @Test
    void aRequestWithoutHostIsRefused() {
        SandboxHttp.Reply reply = http.raw("GET /unified/ats/locations HTTP/1.0\r\nAuthorization: "
                + SandboxHttp.basic(server.apiKey()) + "\r\nx-account-id: " + server.accountId() + "\r\n",
                new byte[0]);

        assertEquals(403, reply.status(), reply.body());
        assertTrue(reply.problem("host").contains("the Host header is missing"), reply.message());
    }

    @Test
    void aRefusedHostComesBeforeCredentialsAndUsesUpNoKnob() {
        server.knobs().failNext(1, 503);

        SandboxHttp.Reply noKey = http.raw("GET /unified/ats/locations HTTP/1.1\r\nHost: evil.example:" + port()
                + "\r\n", new byte[0]);

        assertEquals(403, noKey.status(), "refused for its host, not for the missing key");
        assertEquals(1, server.knobs().failNextCount());
        assertEquals(503, http.get("/unified/ats/locations").status(), "the knob still fires for the next request");
    }
}
