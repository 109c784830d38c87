package dev.intake.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Credentials, account and routing are checked before anything else, as StackOne does. */
class SandboxGatewayTest extends SandboxTestBase {

    private static HttpRequest.Builder bare(String path) {
        return HttpRequest.newBuilder(http.uri(path));
    }

    @Test
    void missingOrWrongCredentialsAreUnauthorized() {
        List<HttpRequest> requests = List.of(
                bare("/unified/ats/jobs").header("x-account-id", server.accountId()).build(),
                bare("/unified/ats/jobs").header("x-account-id", server.accountId())
                        .header("Authorization", SandboxHttp.basic("not-the-key")).build(),
                bare("/unified/ats/jobs").header("x-account-id", server.accountId())
                        .header("Authorization", "Bearer " + server.apiKey()).build(),
                bare("/unified/ats/jobs").header("x-account-id", server.accountId())
                        .header("Authorization", "Basic %%%").build(),
                bare(SandboxHttp.APPLICATIONS).header("x-account-id", server.accountId())
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        for (HttpRequest request : requests) {
            SandboxHttp.Reply reply = http.send(request);
            assertEquals(401, reply.status(), request.headers().toString());
            assertEquals(401, reply.json().path("statusCode").asInt());
            assertTrue(reply.json().path("timestamp").isTextual());
            assertEquals(List.of("authorization"), reply.fields());
            assertTrue(reply.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        }
        assertEquals("invalid API key", http.send(requests.get(1)).problem("authorization"));
    }

    @Test
    void accountHeaderIsRequiredAndMustNameTheSandboxAccount() {
        SandboxHttp.Reply missing = http.send(bare("/unified/ats/jobs")
                .header("Authorization", SandboxHttp.basic(server.apiKey())).build());
        SandboxHttp.Reply unknown = http.send(http.request("/unified/ats/jobs").setHeader("x-account-id", "acme")
                .build());

        assertEquals(400, missing.status());
        assertEquals("x-account-id: header is required", missing.message());
        assertEquals(404, unknown.status());
        assertEquals(List.of("x-account-id"), unknown.fields());
        assertTrue(unknown.problem("x-account-id").contains("acme"));
    }

    @Test
    void unknownRoutesAndMethodsAreNotFound() {
        SandboxHttp.Reply route = http.get("/unified/ats/interviews");
        SandboxHttp.Reply method = http.send(http.request("/unified/ats/jobs")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertEquals(404, route.status());
        assertEquals("Cannot GET /unified/ats/interviews", route.message());
        assertEquals(404, method.status());
        assertEquals("Cannot POST /unified/ats/jobs", method.message());
    }

    @Test
    void basicPasswordIsIgnoredAsStackOneDoes() {
        String withPassword = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (server.apiKey() + ":anything").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        SandboxHttp.Reply reply = http.send(http.request("/unified/ats/locations")
                .setHeader("Authorization", withPassword).build());

        assertEquals(200, reply.status());
    }

    @Test
    void eachServerMakesItsOwnRandomKey() {
        SandboxOptions options = SandboxOptions.defaults();
        try (SandboxServer one = SandboxServer.start(options); SandboxServer two = SandboxServer.start(options);
                SandboxHttp oneHttp = new SandboxHttp(one)) {
            assertNotEquals(one.apiKey(), two.apiKey(), "one options value, two servers, two keys");
            assertTrue(one.apiKey().length() >= 30, one.apiKey());
            assertEquals(200, oneHttp.get("/unified/ats/locations").status());
            for (String other : List.of(two.apiKey(), "sandbox-intake-key")) {
                SandboxHttp.Reply refused = oneHttp.send(oneHttp.request("/unified/ats/locations")
                        .setHeader("Authorization", SandboxHttp.basic(other)).build());
                assertEquals(401, refused.status(), other);
                assertEquals("invalid API key", refused.problem("authorization"));
            }
        }
        assertFalse(options.toString().contains("sandbox-"), options.toString());
    }

    @Test
    void aKeyGivenInTheOptionsReplacesTheRandomOne() {
        String key = "sbx-0123456789abcdefghijklmnopqrstuvwxyzAB";
        SandboxOptions options = SandboxOptions.defaults().withApiKey(key);
        try (SandboxServer custom = SandboxServer.start(options); SandboxHttp customHttp = new SandboxHttp(custom)) {
            assertEquals(key, custom.apiKey());
            assertEquals(200, customHttp.get("/unified/ats/locations").status());
            SandboxHttp.Reply otherKey = customHttp.send(customHttp.request("/unified/ats/locations")
                    .setHeader("Authorization", SandboxHttp.basic(server.apiKey())).build());
            assertEquals(401, otherKey.status());
            assertEquals("invalid API key", otherKey.problem("authorization"));
        }
        assertFalse(options.toString().contains(key), options.toString());
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.defaults().withApiKey("user:password"));
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.defaults().withApiKey("two words"));
        assertThrows(IllegalArgumentException.class, () -> SandboxOptions.defaults().withApiKey(""));
    }
}
