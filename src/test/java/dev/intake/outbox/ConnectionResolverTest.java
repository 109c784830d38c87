package dev.intake.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.accounts.Profile;
import dev.intake.ats.AtsConnection;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionResolverTest {
    @Test
    void withNothingConfiguredEverythingGoesToTheBuiltInSandboxStartedOnFirstUse() throws Exception {
        List<AtsConnection> connections = new ArrayList<>();
        FakeAts client = new FakeAts(Clock.systemUTC());
        AtsConnection connection;
        try (ConnectionResolver resolver = ConnectionResolver.sandbox(c -> {
            connections.add(c);
            return client;
        })) {
            assertEquals(Profile.SANDBOX_ID, resolver.currentProfileId());
            assertTrue(connections.isEmpty(), "nothing started before it is needed");
            assertTrue(resolver.ats("some-other-profile").isEmpty());

            assertSame(client, resolver.ats(Profile.SANDBOX_ID).orElseThrow());
            assertSame(client, resolver.ats(Profile.SANDBOX_ID).orElseThrow());
            assertEquals(1, connections.size(), "one sandbox for the whole run");
            connection = connections.getFirst();
            assertEquals(200, get(connection), "the client is pointed at a live sandbox with its key and account");
        }
        assertThrows(IOException.class, () -> get(connection), "closing the resolver stops the sandbox");
    }

    private static int get(AtsConnection connection) throws Exception {
        String basic = Base64.getEncoder().encodeToString((connection.apiKey() + ":").getBytes(StandardCharsets.UTF_8));
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(connection.baseUrl() + "/unified/ats/jobs"))
                    .header("Authorization", "Basic " + basic).header("x-account-id", connection.accountId())
                    .timeout(Duration.ofSeconds(10)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
