package dev.intake.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.accounts.CredentialStore;
import dev.intake.accounts.FileCredentialStore;
import dev.intake.accounts.ObservedCredentialStore;
import dev.intake.accounts.Profile;
import dev.intake.accounts.ProfileStore;
import dev.intake.ats.ProxyConfig;
import dev.intake.ats.Ats;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.HttpClients;
import dev.intake.ats.StackOneClient;
import dev.intake.common.FxTaskExecutor;
import dev.intake.diagnostics.DiagnosticLog;
import dev.intake.diagnostics.DiagnosticsReport;
import dev.intake.ats.Redactor;
import dev.intake.history.HistoryExport;
import dev.intake.outbox.ConnectionResolver;
import dev.intake.outbox.SettleSchedule;
import dev.intake.outbox.SqliteOutbox;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.sandbox.FaultKnobs;
import dev.intake.sandbox.SandboxOptions;
import dev.intake.sandbox.SandboxServer;
import dev.intake.config.AccountsSetup;
import dev.intake.config.Settings;
import dev.intake.config.SettingsStore;
import dev.intake.common.Theme;
import dev.intake.store.Database;
import dev.intake.store.OpenResult;
import dev.intake.store.SubmissionStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path a key travels, with real parts: profiles whose keys sit in the file credential store, the outbox
 * sending over HTTP to a sandbox that accepts only a long random key, the rolling log, history exports and the
 * diagnostics text. Afterwards every byte Intake wrote in the data and config directories is searched for the keys
 * in each form they travel in: only the owner-only credential file may hold them.
 */
class NoSecretEndToEndTest {
    /** The sandbox shows records at once: check lost answers after moments rather than minutes. */
    private static final SettleSchedule QUICK_CHECKS = new SettleSchedule(Duration.ofMillis(200),
            List.of(Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(200)));

    private static final Duration OUTCOME_TIMEOUT = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Shaped like a StackOne key; random, so a hit can only be a leak. */
    private static final String KEY = "v1.eu1." + randomToken();
    /** The key of a profile that was set up with an outdated key: the sandbox answers 401. */
    private static final String WRONG_KEY = "v1.eu1." + randomToken();

    @TempDir
    Path dataDir;
    @TempDir
    Path configDir;

    private final Map<Long, CompletableFuture<Submission>> settled = new ConcurrentHashMap<>();
    private final Map<Long, List<SubmissionState>> statesSeen = new ConcurrentHashMap<>();

    private static String randomToken() {
        byte[] bytes = new byte[30];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Test
    void submittingExportingAndCopyingDiagnosticsLeavesKeysOnlyInTheCredentialFile() throws Exception {
        Path credentialFile = configDir.resolve(AccountsSetup.CREDENTIALS_FILE);
        List<String> createdEmails = new ArrayList<>();
        String rejectedEmail = "nosecret-typo-at-example.com";
        String unauthorizedEmail = "nosecret-old-key@example.com";
        String unknownEmail = "nosecret-lost-answer@example.com";
        OkHttpClient http = HttpClients.create().newBuilder().callTimeout(Duration.ofSeconds(20)).build();

        try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults().withApiKey(KEY))) {
            String jobId = Applications.openJob(sandbox.data()).id();
            Redactor redactor = new Redactor();
            CredentialStore credentials = new ObservedCredentialStore(new FileCredentialStore(credentialFile),
                    redactor::addSecret);
            Database database = open(dataDir);
            try (DiagnosticLog log = DiagnosticLog.install(dataDir, redactor)) {
                ProfileStore profiles = new ProfileStore(configDir, credentials);
                String baseUrl = sandbox.baseUrl().toString();
                Profile acme = profiles.create(new ProfileStore.Draft("Acme", baseUrl, sandbox.accountId(), null),
                        "  " + KEY + "\n");
                Profile stale = profiles.create(new ProfileStore.Draft("Acme (old key)", baseUrl,
                        sandbox.accountId(), null), WRONG_KEY);
                profiles.switchTo(acme.id());
                SettingsStore settingsStore = new SettingsStore(configDir);
                settingsStore.save(new Settings(dataDir.toString(), Theme.DARK, 30, "en", ProxyConfig.SYSTEM));

                try (FxTaskExecutor executor = new FxTaskExecutor();
                        ProfileConnections connections = new ProfileConnections(profiles, http);
                        SqliteOutbox outbox = SqliteOutbox.create(database, connections, QUICK_CHECKS, executor)) {
                    outbox.addListener(this::record);
                    outbox.start();

                    // Two created, one refused by the ATS (422), one sent with an outdated key (401).
                    List<Submission> first = new ArrayList<>();
                    for (int i = 1; i <= 2; i++) {
                        String email = "nosecret-applicant-" + i + "@example.com";
                        first.add(outbox.submit(acme.id(), request(jobId, email)));
                        createdEmails.add(email);
                    }
                    Submission refused = outbox.submit(acme.id(), request(jobId, rejectedEmail));
                    Submission unauthorized = outbox.submit(stale.id(), request(jobId, unauthorizedEmail));
                    for (Submission s : first) {
                        assertEquals(SubmissionState.CREATED, outcome(s).state(), () -> describe(s));
                    }
                    Submission refusedOutcome = outcome(refused);
                    assertEquals(SubmissionState.REJECTED, refusedOutcome.state());
                    assertEquals(422, refusedOutcome.errorStatus());
                    Submission unauthorizedOutcome = outcome(unauthorized);
                    assertEquals(SubmissionState.REJECTED, unauthorizedOutcome.state());
                    assertEquals(401, unauthorizedOutcome.errorStatus());

                    // The sandbox creates the next one and hangs up before answering: the outbox must ask the ATS.
                    sandbox.knobs().dropNext(FaultKnobs.Drop.AFTER_BODY, 1, FaultKnobs.Scope.CREATE_APPLICATION);
                    Submission lost = outbox.submit(acme.id(), request(jobId, unknownEmail));
                    Submission found = outcome(lost);
                    assertEquals(SubmissionState.CREATED, found.state(), () -> describe(lost));
                    assertTrue(statesSeen.get(lost.localId()).contains(SubmissionState.OUTCOME_UNKNOWN),
                            statesSeen.toString());
                    assertTrue(found.responseJson().contains("found_by_outcome_check"), found.responseJson());
                    assertEquals(0, sandbox.knobs().dropCount(), "the drop knob fired");
                    createdEmails.add(unknownEmail);
                    assertEquals(3, sandbox.data().createdApplications().size(), "created once each, none twice");
                }

                SubmissionStore store = new SubmissionStore(database);
                Path exports = dataDir.resolve("exports");
                assertEquals(5, HistoryExport.everything(store, HistoryExport.Format.CSV,
                        exports.resolve("history.csv")));
                assertEquals(5, HistoryExport.everything(store, HistoryExport.Format.JSON,
                        exports.resolve("history.json")));

                String diagnostics = DiagnosticsReport.forThisProcess(redactor).build(new DiagnosticsReport.Facts(
                        profiles.current(), credentials.description(), settingsStore.load().proxy(), dataDir,
                        List.of(), log.lastLines(DiagnosticsReport.LOG_LINES)));
                Files.writeString(dataDir.resolve("diagnostics.txt"), diagnostics);
                assertTrue(diagnostics.contains("Profile: Acme, base URL " + baseUrl), diagnostics);
                assertTrue(diagnostics.contains("POST /unified/ats/applications -> 401"), diagnostics);
            }

            // While the database is open its latest writes may sit in the -wal file: search that too.
            Map<Path, byte[]> whileOpen = filesUnder(dataDir, configDir);
            assertTrue(whileOpen.containsKey(dataDir.resolve(Database.FILE_NAME + "-wal")), whileOpen.keySet()
                    .toString());
            assertNoSecretOutside(credentialFile, whileOpen);
            String databaseBytes = text(whileOpen, dataDir.resolve(Database.FILE_NAME))
                    + text(whileOpen, dataDir.resolve(Database.FILE_NAME + "-wal"));
            for (String email : List.of(rejectedEmail, unauthorizedEmail, unknownEmail)) {
                assertTrue(databaseBytes.contains(email), "the database holds " + email);
            }
            database.close();
        }
        http.connectionPool().evictAll();

        Map<Path, byte[]> files = filesUnder(dataDir, configDir);
        assertNoSecretOutside(credentialFile, files);
        List<String> names = files.keySet().stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of(Database.FILE_NAME, "intake-0.log", "history.csv", "history.json",
                "diagnostics.txt", ProfileStore.FILE_NAME, SettingsStore.FILE_NAME)), names.toString());

        // The search was not vacuous: the files hold the submissions and the calls that carried the keys.
        String csv = text(files, dataDir.resolve("exports/history.csv"));
        String json = text(files, dataDir.resolve("exports/history.json"));
        for (String email : Stream.concat(createdEmails.stream(), Stream.of(rejectedEmail, unauthorizedEmail))
                .toList()) {
            assertTrue(csv.contains(email) && json.contains(email), "the exports hold " + email);
        }
        assertTrue(csv.contains("authorization: invalid API key"), csv);
        String logText = text(files, dataDir.resolve("logs/intake-0.log"));
        assertTrue(logText.contains("POST /unified/ats/applications -> 401"), logText);
        assertTrue(logText.contains("POST /unified/ats/applications -> 422"), logText);
        assertTrue(logText.contains("POST /unified/ats/applications failed after"), logText);
        assertTrue(text(files, dataDir.resolve(Database.FILE_NAME)).contains(unknownEmail),
                "the checkpointed database holds the submissions");
        assertTrue(text(files, configDir.resolve(ProfileStore.FILE_NAME)).contains("Acme (old key)"));

        String stored = Files.readString(credentialFile);
        assertTrue(stored.contains(KEY) && stored.contains(WRONG_KEY), "the one place keys live");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentialFile)));
    }

    private static Database open(Path dataDir) {
        OpenResult result = Database.open(dataDir, Clock.systemUTC());
        return assertInstanceOf(OpenResult.Opened.class, result).database();
    }

    private static CreateApplicationRequest request(String jobId, String email) {
        return Applications.toJob(jobId, Applications.newCandidate(email));
    }

    private void record(Submission s) {
        statesSeen.computeIfAbsent(s.localId(), id -> new CopyOnWriteArrayList<>()).add(s.state());
        if (s.state() == SubmissionState.CREATED || s.state() == SubmissionState.REJECTED) {
            settled.computeIfAbsent(s.localId(), id -> new CompletableFuture<>()).complete(s);
        }
    }

    /** Waits for the submission to be created or rejected. */
    private Submission outcome(Submission submitted) throws Exception {
        return settled.computeIfAbsent(submitted.localId(), id -> new CompletableFuture<>())
                .get(OUTCOME_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private String describe(Submission submitted) {
        return "states of " + submitted.localId() + ": " + statesSeen.get(submitted.localId());
    }

    /** Every form a key travels in: as stored, in the Basic credentials, and the whole header value. */
    private static Map<String, String> secretForms() {
        Map<String, String> forms = new LinkedHashMap<>();
        for (String key : List.of(KEY, WRONG_KEY)) {
            String basic = Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
            forms.put(key, "the key");
            forms.put(basic, "the key's Basic credentials");
            forms.put("Basic " + basic, "the Authorization header");
            forms.put(Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8)), "the key in Base64");
        }
        return forms;
    }

    private static void assertNoSecretOutside(Path credentialFile, Map<Path, byte[]> files) {
        Map<String, String> forms = secretForms();
        List<String> leaks = new ArrayList<>();
        files.forEach((file, bytes) -> {
            if (file.equals(credentialFile)) {
                return;
            }
            // Byte for byte: the keys are ASCII, and ISO-8859-1 maps each byte to one char.
            String content = new String(bytes, StandardCharsets.ISO_8859_1);
            forms.forEach((secret, what) -> {
                if (content.contains(secret)) {
                    leaks.add(file + " contains " + what);
                }
            });
        });
        assertEquals(List.of(), leaks);
    }

    /** The raw bytes of every regular file under the roots, read now. */
    private static Map<Path, byte[]> filesUnder(Path... roots) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(file, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    private static String text(Map<Path, byte[]> files, Path file) {
        byte[] bytes = files.get(file);
        assertTrue(bytes != null, file + " was written");
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Each profile's ATS, built from its stored key the first time the outbox asks. */
    private static final class ProfileConnections implements ConnectionResolver {
        private final ProfileStore profiles;
        private final OkHttpClient http;
        private final Map<String, Ats> clients = new ConcurrentHashMap<>();

        ProfileConnections(ProfileStore profiles, OkHttpClient http) {
            this.profiles = profiles;
            this.http = http;
        }

        @Override
        public String currentProfileId() {
            return profiles.current().id();
        }

        @Override
        public Optional<Ats> ats(String profileId) {
            return profiles.find(profileId).filter(p -> !p.sandbox()).map(p -> clients.computeIfAbsent(p.id(),
                    id -> new StackOneClient(profiles.connection(p, null), http)));
        }
    }
}
