package dev.intake.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.intake.ats.Redactor;

import dev.intake.accounts.CredentialStore;
import dev.intake.accounts.FileCredentialStore;
import dev.intake.accounts.ObservedCredentialStore;
import dev.intake.accounts.Profile;
import dev.intake.accounts.ProfileStore;
import dev.intake.ats.ProxyConfig;
import dev.intake.ats.AtsConnection;
import dev.intake.config.Settings;
import dev.intake.config.SettingsStore;
import dev.intake.common.Theme;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs what touches keys (saving a profile, logging calls and failures, diagnostics, settings with a proxy password)
 * and then searches every file Intake wrote for the secrets: only the protected credential file may hold them.
 */
class NoSecretTest {
    private static final String KEY = "v1.eu1.N0-Secret-Key-31337";
    private static final String PROXY_PASSWORD = "Pr0xy-Pa55-2718";

    @TempDir
    Path dataDir;
    @TempDir
    Path configDir;

    @Test
    void keysAppearNowhereButInTheProtectedCredentialFile() throws Exception {
        Redactor redactor = new Redactor();
        Path credentialFile = configDir.resolve("credentials.json");
        CredentialStore credentials = new ObservedCredentialStore(new FileCredentialStore(credentialFile),
                redactor::addSecret);
        String basic = Base64.getEncoder().encodeToString((KEY + ":").getBytes(StandardCharsets.UTF_8));

        try (DiagnosticLog log = DiagnosticLog.install(dataDir, redactor)) {
            ProfileStore profiles = new ProfileStore(configDir, credentials);
            Profile acme = profiles.switchTo(profiles.create(new ProfileStore.Draft("Acme",
                    "https://api.stackone.com", "acct-7", null), "  " + KEY + "\n").id());
            AtsConnection connection = profiles.connection(acme, null);

            Logger logger = Logger.getLogger("dev.intake.ats.client");
            logger.info("POST /unified/ats/applications with " + connection);
            logger.info("request headers: Authorization: Basic " + basic + ", x-account-id: acct-7");
            logger.info(() -> "retrying with key " + connection.apiKey());
            logger.log(Level.WARNING, "call failed", new IllegalStateException("rejected key " + KEY));
            System.getLogger("dev.intake.outbox").log(System.Logger.Level.INFO, "Bearer {0} used", KEY);

            credentials.put(CredentialStore.PROXY_PASSWORD, PROXY_PASSWORD);
            new SettingsStore(configDir).save(new Settings(dataDir.toString(), Theme.DARK, 30, "de",
                    ProxyConfig.explicit("proxy.corp", 3128, "jane")));
            logger.info("proxy login jane/" + PROXY_PASSWORD);

            String diagnostics = DiagnosticsReport.forThisProcess(redactor).build(new DiagnosticsReport.Facts(
                    acme, credentials.description(), ProxyConfig.explicit("proxy.corp", 3128, "jane"), dataDir,
                    List.of(), log.lastLines(DiagnosticsReport.LOG_LINES)));
            assertTrue(diagnostics.contains("Profile: Acme, base URL https://api.stackone.com, account acct-7"));
            assertTrue(diagnostics.contains("call failed"), diagnostics);
            Files.createDirectories(dataDir.resolve("exports"));
            Files.writeString(dataDir.resolve("exports").resolve("diagnostics.txt"), diagnostics);
        }

        List<Path> scanned = new ArrayList<>();
        for (Path root : List.of(dataDir, configDir)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (file.equals(credentialFile)) {
                        continue;
                    }
                    scanned.add(file);
                    String content = Files.readString(file, StandardCharsets.ISO_8859_1);
                    for (String secret : List.of(KEY, basic, PROXY_PASSWORD)) {
                        assertFalse(content.contains(secret), file + " contains a secret");
                    }
                }
            }
        }
        List<String> names = scanned.stream().map(p -> p.getFileName().toString()).sorted().toList();
        assertTrue(names.containsAll(List.of("diagnostics.txt", "intake-0.log", "profiles.json", "settings.json")),
                names.toString());
        String log = Files.readString(dataDir.resolve("logs/intake-0.log"));
        assertTrue(log.contains("retrying with key [redacted]"), log);
        assertTrue(log.contains("Authorization: [redacted], x-account-id: acct-7"), log);

        String stored = Files.readString(credentialFile);
        assertTrue(stored.contains(KEY) && stored.contains(PROXY_PASSWORD), "the one place secrets live");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentialFile)));
    }
}
