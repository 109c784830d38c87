package dev.intake.cli;

import dev.intake.outbox.FakeAts;
import dev.intake.outbox.VirtualRuntime;
import dev.intake.outbox.Fault;
import dev.intake.outbox.ConnectionResolver;
import dev.intake.outbox.SpecRequestReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.Ats;
import dev.intake.ats.Json;
import dev.intake.store.Database;
import dev.intake.store.OpenResult;
import dev.intake.testing.MutableClock;
import dev.intake.testing.SampleRequests;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxCommandTest {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T08:00:00Z"));
    private final VirtualRuntime runtime = new VirtualRuntime(clock);
    private final FakeAts ats = new FakeAts(clock);
    private final List<Path> resolverDirectories = new ArrayList<>();

    /** One run of the command in-process: its exit code, standard output as JSON, and standard error. */
    private record Run(int code, JsonNode json, String stderr) {
    }

    private Run run(String stdin, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ConnectionResolver.Factory connections = dataDirectory -> {
            resolverDirectories.add(dataDirectory);
            return new ConnectionResolver() {
                @Override
                public String currentProfileId() {
                    return "p1";
                }

                @Override
                public Optional<Ats> ats(String profileId) {
                    return profileId.equals("p1") ? Optional.of(ats) : Optional.empty();
                }
            };
        };
        OutboxCommand command = new OutboxCommand(connections, new SpecRequestReader(),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                clock, runtime);
        int code = command.run(args);
        return new Run(code, Json.mapper().readTree(out.toString(StandardCharsets.UTF_8)),
                err.toString(StandardCharsets.UTF_8));
    }

    private Path requestFile(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json);
    }

    private Path data() {
        return dir.resolve("data");
    }

    private static String json(Object request) throws Exception {
        return Json.mapper().writeValueAsString(request);
    }

    @Test
    void submitPrintsTheCreatedIdsAndExitsZero() throws Exception {
        Path file = requestFile("ana.json", json(SampleRequests.newCandidate("Ana Li", "ana@example.com", "job-1")));

        Run run = run("", "--data-dir", data().toString(), "--submit", file.toString());

        assertEquals(0, run.code(), run.json().toString());
        assertEquals("created", run.json().path("state").asText());
        assertEquals(ats.applications().getFirst().id(), run.json().path("application_id").asText());
        assertEquals(ats.applications().getFirst().remoteId(), run.json().path("remote_application_id").asText());
        assertEquals("Ana Li", run.json().path("candidate").path("name").asText());
        assertEquals("p1", run.json().path("profile_id").asText());
        assertEquals(List.of(data()), resolverDirectories, "profiles come from the data directory given");
        assertTrue(Files.exists(data().resolve(Database.FILE_NAME)), "recorded in the data directory given");
    }

    @Test
    void submitReadsStandardInputWithADash() throws Exception {
        Run run = run(json(SampleRequests.existingCandidate("cand-2", "job-3")), "--submit", "-",
                "--data-dir=" + data());
        assertEquals(0, run.code());
        assertEquals("cand-2", run.json().path("candidate").path("candidate_id").asText());
        assertEquals("job-3", ats.applications().getFirst().jobId());
    }

    @Test
    void aRejectionExitsFourWithTheServersErrorAndWhatToDo() throws Exception {
        ats.failCreates(Fault.http(422));
        Path file = requestFile("ana.json", json(SampleRequests.newCandidate("Ana Li", "ana@example.com", "job-1")));

        Run run = run("", "--data-dir", data().toString(), "--submit", file.toString());

        assertEquals(4, run.code());
        assertEquals("rejected", run.json().path("state").asText());
        assertEquals(422, run.json().path("error").path("status").asInt());
        assertEquals("Scripted 422", run.json().path("error").path("message").asText());
        assertTrue(run.json().path("what_to_do").asText().contains("fix what the error names"));
    }

    @Test
    void offlineSubmitExitsThreeThenOutboxListsItAndDrainSendsIt() throws Exception {
        ats.failCreates(Fault.of(Fault.Type.NOT_CONNECTED));
        Path file = requestFile("ana.json", json(SampleRequests.newCandidate("Ana Li", "ana@example.com", "job-1")));

        Run submitted = run("", "--data-dir", data().toString(), "--submit", file.toString());
        assertEquals(3, submitted.code());
        assertEquals("waiting_to_retry", submitted.json().path("state").asText());
        assertTrue(submitted.json().path("what_to_do").asText().contains("intake --drain"));
        long id = submitted.json().path("local_id").asLong();

        Run listed = run("", "--data-dir", data().toString(), "--outbox");
        assertEquals(0, listed.code());
        assertEquals(1, listed.json().path("pending_count").asInt());
        assertEquals(id, listed.json().path("pending").path(0).path("local_id").asLong());
        assertEquals("Connection refused", listed.json().path("pending").path(0).path("error").path("message").asText());

        Run drained = run("", "--data-dir", data().toString(), "--drain");
        assertEquals(0, drained.code(), drained.json().toString());
        assertEquals("created", drained.json().path("results").path(0).path("state").asText());
        assertEquals(0, drained.json().path("pending_count").asInt());
        assertEquals(1, ats.applications().size());

        Run empty = run("", "--data-dir", data().toString(), "--outbox");
        assertEquals(0, empty.json().path("pending").size());
    }

    @Test
    void aLostAnswerExitsFiveAndSaysHowToDecide() throws Exception {
        ats.failCreates(Fault.of(Fault.Type.LOST_BEFORE_CREATE));
        Path file = requestFile("ana.json", json(SampleRequests.newCandidate("Ana Li", "ana@example.com", "job-1")));

        Run run = run("", "--data-dir", data().toString(), "--submit", file.toString());

        assertEquals(5, run.code());
        assertEquals("outcome_unknown", run.json().path("state").asText());
        // Checked with the ATS only once it had time to show it: never sent again meanwhile.
        assertTrue(run.json().path("what_to_do").asText().contains("will not be sent again until the ATS has been "
                + "asked"), run.json().toString());
        assertEquals(1, ats.createCalls(), "not sent again");
    }

    @Test
    void drainExitsWithTheMostSeriousOutcome() throws Exception {
        ats.failCreates(Fault.of(Fault.Type.NOT_CONNECTED));
        run("", "--data-dir", data().toString(), "--submit",
                requestFile("a.json", json(SampleRequests.newCandidate("Ana Li", "ana@example.com", "job-1")))
                        .toString());
        ats.failCreates(Fault.of(Fault.Type.NOT_CONNECTED));
        run("", "--data-dir", data().toString(), "--submit",
                requestFile("b.json", json(SampleRequests.newCandidate("Bo Chen", "bo@example.com", "job-closed")))
                        .toString());

        Run drained = run("", "--data-dir", data().toString(), "--drain");

        assertEquals(4, drained.code());
        assertEquals(List.of("created", "rejected"), List.of(drained.json().path("results").path(0).path("state")
                .asText(), drained.json().path("results").path(1).path("state").asText()));
    }

    @Test
    void badInputExitsTwoNamingTheFieldAndNothingIsRecorded() throws Exception {
        String seedShape = """
                {"job_id": "job-1", "candidate": {"name": "Ana Li", "email": "ana@example.com"},
                 "questionnaires": {"id": "right_to_work", "answers": []}}""";
        Run wrongType = run(seedShape, "--data-dir", data().toString(), "--submit", "-");
        assertEquals(2, wrongType.code());
        assertEquals("questionnaires", wrongType.json().path("error").path("field").asText());
        assertTrue(wrongType.json().path("error").path("message").asText().contains("a list"));
        assertEquals("Fix questionnaires and run the command again.", wrongType.json().path("what_to_do").asText());

        Run both = run("{\"job_id\":\"job-1\",\"candidate_id\":\"cand-1\",\"candidate\":{\"name\":\"A\"}}",
                "--data-dir", data().toString(), "--submit", "-");
        assertEquals(2, both.code());
        assertEquals("candidate_id", both.json().path("error").path("field").asText());

        Run typo = run("{\"job_idd\":\"job-1\",\"candidate_id\":\"cand-1\"}", "--data-dir", data().toString(),
                "--submit", "-");
        assertEquals(2, typo.code());
        assertEquals("job_idd", typo.json().path("error").path("field").asText());

        Run notJson = run("{\"job_id\": ", "--data-dir", data().toString(), "--submit", "-");
        assertEquals(2, notJson.code());
        assertTrue(notJson.json().path("error").path("message").asText().startsWith(
                "The request on standard input is not complete JSON: it ends at line 1, column "),
                notJson.json().toString());

        Run missing = run("", "--data-dir", data().toString(), "--submit", dir.resolve("nope.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.json().path("error").path("message").asText().contains("nope.json"));

        assertEquals(0, ats.createCalls());
        Run listed = run("", "--data-dir", data().toString(), "--outbox");
        assertEquals(0, listed.json().path("pending").size());
    }

    @Test
    void aBinaryFileIsCalledWhatItIsNotAnEncodingError() throws Exception {
        Path garbage = Files.write(dir.resolve("garbage.json"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});

        Run run = run("", "--data-dir", data().toString(), "--submit", garbage.toString());

        assertEquals(2, run.code());
        String message = run.json().path("error").path("message").asText();
        assertEquals(garbage + " is not a text file in UTF-8, so it cannot hold a JSON request. Give the request as"
                + " JSON text saved in UTF-8 (for example application.json), not a document, picture or other binary"
                + " file.", message);
        Run nul = run("{\"job_id\": \"a\u0000\"}", "--data-dir", data().toString(), "--submit", "-");
        assertTrue(nul.json().path("error").path("message").asText().startsWith(
                "The request on standard input is not a text file in UTF-8"), nul.json().toString());
    }

    @Test
    void aCutOffFileSaysWhereItEndsInPlainWords() throws Exception {
        String whole = json(SampleRequests.newCandidate("Ana Li", "ana@example.com", "job-1"));
        String pretty = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(Json.mapper()
                .readTree(whole));
        String cut = pretty.substring(0, pretty.indexOf("\"email\""));
        Path file = requestFile("application.json", cut);
        long lines = cut.lines().count();

        Run run = run("", "--data-dir", data().toString(), "--submit", file.toString());

        assertEquals(2, run.code());
        String message = run.json().path("error").path("message").asText();
        assertTrue(message.startsWith(file + " is not complete JSON: it ends at line " + lines + ", column "),
                message);
        assertTrue(message.contains("inside an object { ... }"), message);
        for (String internal : List.of("Source", "REDACTED", "StreamReadFeature", "Unexpected end-of-input",
                "marker", "`")) {
            assertFalse(message.contains(internal), internal + " in: " + message);
        }
        Run stray = run("{\"job_id\": \"job-1\",,}", "--data-dir", data().toString(), "--submit", "-");
        String strayMessage = stray.json().path("error").path("message").asText();
        assertEquals("The request on standard input is not valid JSON: it stops making sense at line 1, column 20."
                + " Look there for a missing comma or quote, a stray character, or a comment (JSON has none).",
                strayMessage);
    }

    @Test
    void textsLongerThanAnAtsTakesAreRefusedNamingTheFieldAndTheLimit() throws Exception {
        Path huge = requestFile("huge.json", json(SampleRequests.newCandidate("x".repeat(5 * 1024 * 1024),
                "ana@example.com", "job-1")));

        Run run = run("", "--data-dir", data().toString(), "--submit", huge.toString());

        assertEquals(2, run.code());
        assertEquals("candidate.name", run.json().path("error").path("field").asText());
        assertEquals("candidate.name is 5,242,880 characters long; an ATS takes at most 255 there. Shorten it and"
                + " send it again.", run.json().path("error").path("message").asText());
        Run email = run(json(SampleRequests.newCandidate("Ana Li", "a".repeat(250) + "@example.com", "job-1")),
                "--data-dir", data().toString(), "--submit", "-");
        assertEquals("candidate.email", email.json().path("error").path("field").asText());
        assertTrue(email.json().path("error").path("message").asText().contains("at most 254"));

        assertEquals(0, ats.createCalls());
        assertEquals(0, run("", "--data-dir", data().toString(), "--outbox").json().path("pending").size(),
                "nothing saved");
    }

    @Test
    void badOptionsExitTwoWithTheUsage() throws Exception {
        for (String[] args : List.of(new String[] {"--outbox", "--drain"}, new String[] {"--outbox", "--verbose"},
                new String[] {"--submit"}, new String[] {"--outbox", "--data-dir"})) {
            Run run = run("", args);
            assertEquals(2, run.code(), String.join(" ", args));
            assertFalse(run.json().path("error").path("message").asText().isBlank());
        }
        assertTrue(OutboxCommand.handles(new String[] {"--data-dir", "x", "--drain"}));
        // The app's account options pass through to whoever picks the connection.
        assertEquals(0, run("", "--profile", "Acme Corp", "--outbox", "--config-dir=" + dir.resolve("config"),
                "--data-dir", data().toString()).code());
        assertFalse(OutboxCommand.handles(new String[] {"--data-dir", "x"}));
    }

    @Test
    void dataInUseByAnotherIntakeExitsSixWithWhatToDo() throws Exception {
        try (Database running = assertInstanceOf(OpenResult.Opened.class,
                Database.open(data(), Clock.systemUTC())).database()) {
            Run run = run("", "--data-dir", data().toString(), "--outbox");
            assertEquals(6, run.code());
            assertTrue(run.json().path("error").path("message").asText().startsWith("Another Intake is using"));
        }
    }

    @Test
    void aDamagedDataFileIsReportedOnStandardErrorAndTheCommandGoesOn() throws Exception {
        Files.createDirectories(data());
        Files.writeString(data().resolve(Database.FILE_NAME), "not a database ".repeat(50));

        Run run = run("", "--data-dir", data().toString(), "--outbox");

        assertEquals(0, run.code());
        assertTrue(run.stderr().startsWith("The data file was damaged: it was kept as " + data()), run.stderr());
        assertEquals(0, run.json().path("pending").size());
    }
}
