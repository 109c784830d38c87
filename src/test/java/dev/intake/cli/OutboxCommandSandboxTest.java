package dev.intake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.Json;
import dev.intake.common.FxTaskExecutor;
import dev.intake.sandbox.SandboxOptions;
import dev.intake.sandbox.SandboxServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as started from {@code Main}: the built-in sandbox over real HTTP, requests as people write them. */
class OutboxCommandSandboxTest {
    @TempDir
    Path dir;

    private final FxTaskExecutor executor = new FxTaskExecutor();

    @AfterEach
    void closeExecutor() {
        executor.close();
    }

    /** Runs the command on a config folder of its own, so the profiles of whoever runs the tests stay out of it. */
    private JsonNode run(int expectedCode, String stdin, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] withConfig = Stream.concat(Stream.of(args), Stream.of("--config-dir", dir.resolve("config")
                .toString())).toArray(String[]::new);
        int code = OutboxCommand.withDefaults(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(),
                        true, StandardCharsets.UTF_8), executor).run(withConfig);
        JsonNode json = Json.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(expectedCode, code, json.toString());
        return json;
    }

    private static String openJobId() {
        // The sandbox's data is the same at every start: the command's own sandbox has this job too.
        try (SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults())) {
            return sandbox.data().jobs().stream().filter(j -> j.statusWord().equals("open")).findFirst()
                    .orElseThrow().id();
        }
    }

    @Test
    void aPersonWrittenRequestIsNormalisedSentToTheSandboxAndCreated() throws Exception {
        String body = """
                {"job_id": "%s", "application_status": "active",
                 "candidate": {"name": "Ana Li", "first_name": "Ana", "last_name": "Li", "email": "ana.li@example.com"}}
                """.formatted(openJobId());

        JsonNode json = run(0, body, "--data-dir", dir.toString(), "--submit", "-");

        assertEquals("created", json.path("state").asText());
        assertEquals("sandbox", json.path("profile_id").asText());
        assertFalse(json.path("application_id").asText().isBlank());
        assertTrue(json.path("notes").path(0).asText().contains("application_status"), json.toString());
        assertEquals(0, run(0, "", "--data-dir", dir.toString(), "--outbox").path("pending").size());
    }

    @Test
    void theSeedExampleIsRefusedForGivingBothCandidateAndCandidateId() throws Exception {
        String seed = """
                {"job_id": "4071538b-3cac-4fbf-ac76-f78ed250ffdd",
                 "questionnaires": {"id": "right_to_work", "answers": [{"id": "answer1", "type": "text",
                   "values": ["Yes"]}]},
                 "candidate_id": "e3cb75bf-aa84-466e-a6c1-b8322b257a48",
                 "candidate": {"name": "Romain Sestier", "email": "sestier.romain123@gmail.com"}}
                """;

        JsonNode json = run(2, seed, "--data-dir", dir.toString(), "--submit", "-");

        assertEquals("candidate_id", json.path("error").path("field").asText());
        assertEquals("Fix candidate_id and run the command again.", json.path("what_to_do").asText());
    }

    @Test
    void managedAccountOptionsSendToThatAccountInsteadOfTheBuiltInSandbox() throws Exception {
        try (SandboxServer account = SandboxServer.start(SandboxOptions.defaults())) {
            Path keyFile = Files.writeString(dir.resolve("acme.key"), account.apiKey() + "\n");
            String jobId = account.data().jobs().stream().filter(j -> j.statusWord().equals("open")).findFirst()
                    .orElseThrow().id();
            String body = """
                    {"job_id": "%s", "candidate": {"first_name": "Lise", "last_name": "Meitner",
                     "email": "lise.meitner@example.org"}}
                    """.formatted(jobId);

            JsonNode json = run(0, body, "--data-dir", dir.toString(), "--profile", "Acme", "--base-url",
                    account.baseUrl().toString(), "--account-id", account.accountId(), "--api-key-file",
                    keyFile.toString(), "--submit", "-");

            assertEquals("created", json.path("state").asText(), json.toString());
            assertTrue(account.data().application(json.path("application_id").asText()).isPresent(),
                    "the application is in the account the options named");
        }
    }

    @Test
    void aWrongManagedOptionExitsTwoNamingIt() throws Exception {
        JsonNode json = run(2, "{}", "--data-dir", dir.toString(), "--account-id", "acme", "--api-key-file",
                dir.resolve("missing.key").toString(), "--submit", "-");

        assertTrue(json.path("error").path("message").asText().contains("--api-key-file"), json.toString());
    }
}
