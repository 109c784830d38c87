package dev.intake.importing;

import static dev.intake.importing.ImportCommandRunner.args;
import static dev.intake.importing.ImportCommandRunner.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.Job;
import dev.intake.sandbox.FaultKnobs;
import dev.intake.store.Database;
import dev.intake.store.OpenResult;
import dev.intake.store.StoredSubmission;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionStore;
import java.time.Clock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code intake --import} end to end: a file, the outbox, a sandbox account over HTTP, the report, the exit code. */
class ImportCommandTest {
    @TempDir
    Path dir;
    private ImportCommandRunner intake;
    private Job job;
    private Job otherJob;

    @BeforeEach
    void startSandbox() throws Exception {
        intake = new ImportCommandRunner(dir);
        job = intake.openJobs().get(0);
        otherJob = intake.openJobs().get(1);
    }

    @AfterEach
    void stopSandbox() {
        intake.close();
    }

    private Path leads() throws Exception {
        return intake.write("leads.csv", """
                First name,Last name,Email,Job,Note
                Anna,Schulz,anna.schulz@example.de,%1$s,Wants part-time
                Ben,Kraus,ben.kraus@example.de,%2$s,
                Anna,Schulz,ANNA.SCHULZ@example.de,%1$s,scanned twice
                """.formatted(job.code(), otherJob.id()));
    }

    @Test
    void everyRowIsCreatedOnceAndTheReportSaysSoRowByRow() throws Exception {
        ImportCommandRunner.Run run = expect(0, intake.run(args(leads())));

        JsonNode json = run.json();
        assertEquals("leads.csv", json.path("file").asText());
        assertEquals(3, json.path("rows").asInt());
        assertEquals(2, json.path("created").asInt());
        assertEquals(1, json.path("duplicates").asInt());
        assertEquals(0, json.path("invalid").asInt() + json.path("queued").asInt() + json.path("rejected").asInt()
                + json.path("outcome_unknown").asInt() + json.path("already_imported").asInt());
        JsonNode anna = run.row(2);
        assertEquals("created", anna.path("state").asText(), "rows are numbered as the spreadsheet shows them");
        assertEquals("anna.schulz@example.de", anna.path("email").asText());
        assertTrue(anna.path("local_id").asLong() > 0);
        assertTrue(intake.sandbox.data().application(anna.path("application_id").asText()).isPresent(),
                "the application id is the account's");
        assertEquals("duplicate", run.row(4).path("state").asText());
        assertTrue(run.row(4).path("error").path("message").asText().contains("row 2"), run.stdout());
        assertEquals(Map.of("anna.schulz@example.de", 1L, "ben.kraus@example.de", 1L), intake.applicationsByEmail());
        assertEquals(otherJob.id(), intake.sandbox.data().application(run.row(3).path("application_id").asText())
                .orElseThrow().jobId(), "the job named by its id; the first by its code");
        assertTrue(run.stderr().contains("leads.csv: 2 of 2 rows done (2 created, 0 not created)"), run.stderr());
    }

    @Test
    void theNoteColumnBecomesANoteOnTheCreatedApplicationAndHistoryGroupsTheRowsByFile() throws Exception {
        ImportCommandRunner.Run run = expect(0, intake.run(args(leads())));

        assertEquals(List.of("Wants part-time"), intake.sandbox.noteTexts(run.row(2).path("application_id").asText()));
        assertEquals(List.of(), intake.sandbox.noteTexts(run.row(3).path("application_id").asText()));
        assertFalse(run.stderr().contains("Notes"), "every note was added: " + run.stderr());

        try (Database database = ((OpenResult.Opened) Database.open(dir.resolve("data"), Clock.systemUTC()))
                .database()) {
            List<Submission> imported = new SubmissionStore(database).byOrigin("import:leads.csv").stream()
                    .map(StoredSubmission::submission).toList();
            assertEquals(2, imported.size());
            assertEquals("Wants part-time", imported.get(0).noteText());
            assertEquals(null, imported.get(1).noteText(), "a blank note cell sends no note");
            assertEquals("anna.schulz@example.de", imported.get(0).request().candidate().email());
        }
    }

    @Test
    void importingTheSameFileAgainSendsNothingAndReportsItAlreadyImported() throws Exception {
        Path file = leads();
        JsonNode first = expect(0, intake.run(args(file))).json();

        ImportCommandRunner.Run again = expect(0, intake.run(args(file)));

        assertEquals(2, again.json().path("already_imported").asInt(), again.stdout());
        assertEquals(0, again.json().path("created").asInt());
        assertEquals("already_imported", again.row(2).path("state").asText());
        assertEquals(first.path("results").path(0).path("application_id").asText(),
                again.row(2).path("application_id").asText(), "the earlier import's application");
        assertEquals(Map.of("anna.schulz@example.de", 1L, "ben.kraus@example.de", 1L), intake.applicationsByEmail());
    }

    @Test
    void anEditedFileIsANewFileButItsApplicantsAlreadyInTheAtsAreNotAppliedAgain() throws Exception {
        expect(0, intake.run(args(leads())));
        Path edited = intake.write("leads.csv", """
                First name,Last name,Email,Job,Note
                Anna,Schulz,anna.schulz@example.de,%1$s,Wants part-time
                Ben,Kraus,ben.kraus@example.de,%2$s,
                Cem,Yilmaz,cem.yilmaz@example.de,%1$s,added later
                """.formatted(job.code(), otherJob.id()));

        ImportCommandRunner.Run run = expect(0, intake.run(args(edited)));

        assertEquals(2, run.json().path("already_in_ats").asInt(), run.stdout());
        assertEquals(1, run.json().path("created").asInt());
        assertEquals("already_in_ats", run.row(2).path("state").asText());
        assertFalse(run.row(2).path("application_id").asText().isBlank(), "the application the ATS has");
        assertEquals(Map.of("anna.schulz@example.de", 1L, "ben.kraus@example.de", 1L, "cem.yilmaz@example.de", 1L),
                intake.applicationsByEmail());
    }

    @Test
    void invalidRowsAreNamedByColumnSentNoneOfThemAndExitFour() throws Exception {
        Path file = intake.write("leads.csv", """
                First name,Last name,E-Mail,Job
                Anna,Schulz,anna.schulz@example,%1$s
                Ben,Kraus,ben.kraus@example.de,%1$s
                Cem,,cem@example.de,no such job
                """.formatted(job.code()));

        ImportCommandRunner.Run run = expect(4, intake.run(args(file)));

        assertEquals(2, run.json().path("invalid").asInt());
        assertEquals(1, run.json().path("created").asInt());
        JsonNode anna = run.row(2);
        assertEquals("invalid", anna.path("state").asText());
        assertEquals("E-Mail", anna.path("error").path("column").asText());
        assertTrue(anna.path("error").path("message").asText().contains("is not an email address"));
        assertFalse(anna.has("local_id"), "nothing was saved for it");
        assertEquals(Map.of("ben.kraus@example.de", 1L), intake.applicationsByEmail());
    }

    @Test
    void aRowTheAtsRefusesIsRejectedWithItsReasonAndExitFour() throws Exception {
        intake.sandbox.knobs().failNext(1, 422, FaultKnobs.Scope.CREATE_APPLICATION);

        ImportCommandRunner.Run run = expect(4, intake.run(args(leads())));

        assertEquals(1, run.json().path("rejected").asInt(), run.stdout());
        assertEquals(1, run.json().path("created").asInt());
        JsonNode rejected = run.row(2);
        assertEquals("rejected", rejected.path("state").asText());
        assertFalse(rejected.path("error").path("message").asText().isBlank());
    }

    @Test
    void rowsTheAtsCannotTakeNowStayQueuedAndExitThree() throws Exception {
        intake.sandbox.knobs().failNext(FaultKnobs.EVERY, 503, FaultKnobs.Scope.CREATE_APPLICATION);

        ImportCommandRunner.Run run = expect(3, intake.runWaiting(Duration.ZERO, args(leads())));

        assertEquals(2, run.json().path("queued").asInt(), run.stdout());
        assertTrue(run.row(2).path("local_id").asLong() > 0, "saved in the outbox");
        assertTrue(intake.applicationsByEmail().isEmpty());
    }

    @Test
    void theAtsRetryAfterIsWaitedForAndEveryRowEndsCreated() throws Exception {
        StringBuilder csv = new StringBuilder("First name,Last name,Email,Job\n");
        for (int i = 1; i <= 6; i++) {
            csv.append("Lead,Number").append(i).append(",lead").append(i).append("@example.de,").append(job.id())
                    .append('\n');
        }
        intake.sandbox.knobs().rateLimit(4, Duration.ofSeconds(2));

        ImportCommandRunner.Run run = expect(0, intake.run(args(intake.write("many.csv", csv.toString()))));

        assertEquals(6, run.json().path("created").asInt(), run.stdout());
        assertEquals(6, intake.applicationsByEmail().size());
        assertTrue(intake.applicationsByEmail().values().stream().allMatch(n -> n == 1L));
    }

    @Test
    void anAnswerLostAfterTheCreateIsReportedUnknownExitFiveAndNeverSentAgain() throws Exception {
        intake.sandbox.knobs().dropNext(FaultKnobs.Drop.AFTER_BODY, 1, FaultKnobs.Scope.CREATE_APPLICATION);
        Path file = leads();

        ImportCommandRunner.Run run = expect(5, intake.run(args(file)));

        assertEquals(1, run.json().path("outcome_unknown").asInt(), run.stdout());
        assertEquals("outcome_unknown", run.row(2).path("state").asText());
        ImportCommandRunner.Run again = expect(5, intake.run(args(file)));
        assertEquals("outcome_unknown", again.row(2).path("state").asText(), "checked by the outbox, not resent");
        assertEquals("already_imported", again.row(3).path("state").asText());
        assertEquals(Map.of("anna.schulz@example.de", 1L, "ben.kraus@example.de", 1L), intake.applicationsByEmail());
    }

    @Test
    void aDryRunChecksEverythingSendsNothingAndPrintsTheWouldBeReport() throws Exception {
        Path file = intake.write("leads.csv", """
                First name,Last name,Email,Job
                Anna,Schulz,anna.schulz@example.de,%1$s
                Ben,Kraus,ben.kraus@example,%1$s
                """.formatted(job.code()));

        ImportCommandRunner.Run run = expect(4, intake.run(args(file, "--dry-run")));

        assertTrue(run.json().path("dry_run").asBoolean());
        assertEquals("created", run.row(2).path("state").asText());
        assertEquals("invalid", run.row(3).path("state").asText());
        assertTrue(intake.applicationsByEmail().isEmpty(), "nothing sent");
        assertEquals("created", intake.run(args(file, "--dry-run")).row(2).path("state").asText(),
                "nothing saved either: a second dry run finds no earlier import");
    }

    @Test
    void aDryRunAfterTheImportSaysWhatIsAlreadyImported() throws Exception {
        Path file = leads();
        expect(0, intake.run(args(file)));

        ImportCommandRunner.Run dry = expect(0, intake.run(args(file, "--dry-run")));

        assertEquals(2, dry.json().path("already_imported").asInt(), dry.stdout());
        assertEquals(0, dry.json().path("created").asInt());
    }

    @Test
    void aDryRunSaysWhichApplicantsTheAtsAlreadyHasOnTheirJob() throws Exception {
        var open = intake.openJobs().stream().map(Job::id).collect(java.util.stream.Collectors.toSet());
        var existing = intake.sandbox.data().applications().stream()
                .filter(a -> open.contains(a.jobId()))
                .filter(a -> intake.sandbox.data().candidate(a.candidateId()).map(c -> c.email() != null)
                        .orElse(false))
                .findFirst().orElseThrow();
        String email = intake.sandbox.data().candidate(existing.candidateId()).orElseThrow().email();
        Path file = intake.write("leads.csv", """
                First name,Last name,Email,Job
                Known,Applicant,%s,%s
                Anna,Schulz,anna.schulz@example.de,%s
                """.formatted(email.toUpperCase(java.util.Locale.ROOT), existing.jobId(), existing.jobId()));

        ImportCommandRunner.Run run = expect(0, intake.run(args(file, "--dry-run")));

        assertEquals("already_in_ats", run.row(2).path("state").asText(), run.stdout());
        assertEquals("created", run.row(3).path("state").asText());
        assertTrue(intake.applicationsByEmail().isEmpty(), "nothing sent");
    }

    @Test
    void theJobAndSourceForTheWholeFileApplyToRowsWithoutThem() throws Exception {
        Path file = intake.write("fair.csv", """
                Name,Email
                "Meier, Hans",hans.meier@example.de
                """);

        ImportCommandRunner.Run run = expect(0, intake.run(args(file, "--job", job.id(), "--source",
                "Career fair Berlin")));

        String id = run.row(2).path("application_id").asText();
        assertEquals(job.id(), intake.sandbox.data().application(id).orElseThrow().jobId());
        JsonNode body = intake.sandbox.data().requestBody(id).orElseThrow();
        assertEquals("Career fair Berlin", body.path("source").path("name").asText(), body.toString());
        assertEquals("Hans", body.path("candidate").path("first_name").asText());
    }

    @Test
    void jobsThatCannotBeReadStopTheImportBeforeAnyRowWithExitSeven() throws Exception {
        Path file = leads();
        intake.sandbox.knobs().failNext(FaultKnobs.EVERY, 500, FaultKnobs.Scope.ANY_REQUEST);

        ImportCommandRunner.Run run = expect(7, intake.run(args(file)));

        assertTrue(run.json().path("error").path("message").asText().startsWith("The jobs could not be read"),
                run.stdout());
        intake.sandbox.knobs().reset();
        assertTrue(intake.applicationsByEmail().isEmpty());
    }

    @Test
    void aDataFolderAnotherIntakeHasOpenExitsSixAndSendsNothing() throws Exception {
        Path file = leads();
        try (Database open = ((OpenResult.Opened) Database.open(dir.resolve("data"), Clock.systemUTC()))
                .database()) {
            assertTrue(open.file().startsWith(dir), "the data folder the import is given");
            ImportCommandRunner.Run run = expect(6, intake.run(args(file)));

            assertTrue(run.json().path("error").path("message").asText().startsWith("Another Intake is using"),
                    run.stdout());
        }
        assertTrue(intake.applicationsByEmail().isEmpty());
    }

    @Test
    void theHelpListsTheImportsOptionsAndTheAccountOnes() {
        ImportCommandRunner.Run run = expect(0, intake.runBare(Duration.ZERO, "--import", "--help"));

        for (String option : List.of("--import=FILE", "--sheet=NAME", "--mapping=FILE", "--job=JOB",
                "--source=NAME", "--dry-run", "--data-dir=DIR", "--profile=NAME", "--api-key-file=FILE")) {
            assertTrue(run.stdout().contains(option), option + " in\n" + run.stdout());
        }
        assertTrue(run.stdout().startsWith("Usage: intake --import FILE"), run.stdout());
    }

    @Test
    void aMistypedOptionIsOneLineNamingTheOneMeantWithExitTwo() throws Exception {
        ImportCommandRunner.Run run = expect(2, intake.runBare(Duration.ZERO, "--import", leads().toString(),
                "--dry-rn"));

        assertEquals("Unknown option --dry-rn. Did you mean --dry-run? Run intake --import --help to see the options.",
                run.json().path("error").path("message").asText());
        assertEquals(1, run.stderr().strip().lines().count(), run.stderr());
    }

    @Test
    void importWithoutAFileSaysWhatToGive() {
        ImportCommandRunner.Run run = expect(2, intake.runBare(Duration.ZERO, "--import"));

        assertTrue(run.json().path("error").path("message").asText().startsWith("--import needs the CSV or Excel"));
    }

    @Test
    void anUnknownJobColumnIsNotGuessed() throws Exception {
        Path file = intake.write("leads.csv", "First name,Last name,Email,Job\nAnna,Schulz,a@example.de,"
                + job.title().substring(0, Math.max(1, job.title().length() - 2)) + "\n");

        ImportCommandRunner.Run run = expect(4, intake.run(args(file)));

        assertEquals("Job", run.row(2).path("error").path("column").asText());
    }
}
