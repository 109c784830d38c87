package dev.intake.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.intake.outbox.FakeAts;

import dev.intake.accounts.CredentialStore;
import dev.intake.accounts.FileCredentialStore;
import dev.intake.accounts.ProfileStore;
import dev.intake.ats.AtsConnection;
import dev.intake.common.Lazy;
import dev.intake.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileConnectionsTest {
    private static final String KEY = "v1.eu1.profile-K3y";

    @TempDir
    Path dir;

    @Test
    void aProfileWhoseSavedUrlBreaksTheHttpsRuleGetsNoConnectionAndSaysWhy() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/profiles.json"), """
                {"version": 1, "profiles": [
                  {"id": "p-good", "name": "Good", "base_url": "https://api.stackone.com", "account_id": "a1"},
                  {"id": "p-remote", "name": "Remote", "base_url": "http://ats.acme.example", "account_id": "a2"}
                ]}""");
        FileCredentialStore keys = new FileCredentialStore(dir.resolve("credentials.json"));
        keys.put(CredentialStore.apiKeyName("p-good"), KEY);
        keys.put(CredentialStore.apiKeyName("p-remote"), KEY);
        List<AtsConnection> clientsMade = new ArrayList<>();
        try (ProfileConnections connections = new ProfileConnections(new ProfileStore(dir.resolve("config"), keys),
                dev.intake.ats.HttpTransport.over(OkHttpClient::new), SandboxOptions.defaults(), (connection, http) -> {
                    clientsMade.add(connection);
                    return new FakeAts(Clock.systemUTC());
                })) {
            assertTrue(connections.ats("p-remote").isEmpty());
            String reason = connections.unavailableReason("p-remote").orElseThrow();
            assertTrue(reason.contains("\u201cRemote\u201d") && reason.contains("http://ats.acme.example")
                    && reason.contains("https://"), reason);

            assertTrue(connections.ats("p-good").isPresent());
            assertEquals(Optional.empty(), connections.unavailableReason("p-good"));
            assertEquals(List.of(new AtsConnection("https://api.stackone.com", KEY, "a1")), clientsMade,
                    "no client was ever made for the plain-HTTP address");
        }
    }
}
