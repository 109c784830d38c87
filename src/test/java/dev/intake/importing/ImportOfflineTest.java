package dev.intake.importing;

import static dev.intake.importing.ImportCommandRunner.args;
import static dev.intake.importing.ImportCommandRunner.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Job;
import dev.intake.config.AccountsSetup;
import dev.intake.connections.ProfileConnections;
import dev.intake.store.Database;
import dev.intake.store.EventPack;
import dev.intake.store.FairEvent;
import dev.intake.store.OpenResult;
import dev.intake.store.SqliteEventPackStore;
import dev.intake.store.SqliteEventStore;
import dev.intake.store.StoredSubmission;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.store.SubmissionStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code intake --import} with the ATS unreachable: the jobs of the profile's newest event pack stand in. */
class ImportOfflineTest {
    @TempDir
    Path dir;
    private ImportCommandRunner intake;
    private Job job;
    private String profileId;

    @BeforeEach
    void startSandbox() throws Exception {
        intake = new ImportCommandRunner(dir);
        job = intake.openJobs().get(0);
        // The profile is set up by a first run, while the ATS still answers.
        expect(0, intake.run(args(intake.write("empty.csv", "Email,Job\n,\n"), "--dry-run")));
        try (ProfileConnections connections = ProfileConnections.open(AccountsSetup.open(intake.accountArgs()))) {
            profileId = connections.currentProfileId();
        }
    }

    @AfterEach
    void stopSandbox() {
        intake.close();
    }

    private Path leads() throws Exception {
        return intake.write("leads.csv", """
                First name,Last name,Email,Job
                Anna,Schulz,anna.schulz@example.de,%s
                Ben,Kraus,ben.kraus@example.de,no such job
                """.formatted(job.code()));
    }

    /** Keeps a pack fetched {@code age} ago for a new event of {@code profile}, holding {@code jobs}. */
    private void keepPack(String eventName, String profile, Duration age, List<Job> jobs) {
        try (Database database = open()) {
            FairEvent event = new SqliteEventStore(database, Clock.systemUTC())
                    .save(FairEvent.named(eventName, profile, LocalDate.now()));
            new SqliteEventPackStore(database).save(new EventPack(event.id(), Instant.now().minus(age), jobs,
                    List.of(), List.of(), List.of(), List.of(), List.of(), Map.of()));
        }
    }

    private Database open() {
        return ((OpenResult.Opened) Database.open(dir.resolve("data"), Clock.systemUTC())).database();
    }

    @Test
    void aDryRunChecksAgainstTheNewestPackOfTheProfileAndSaysWhichAndHowOld() throws Exception {
        keepPack("Hamburg Career Day", profileId, Duration.ofDays(3), List.of());
        keepPack("Berlin Tech Fair", profileId, Duration.ofHours(2).plusMinutes(5), intake.openJobs());
        keepPack("Someone else's fair", "another-profile", Duration.ofMinutes(1), List.of());
        intake.sandbox.close();

        ImportCommandRunner.Run run = expect(4, intake.run(args(leads(), "--dry-run")));

        assertTrue(run.stderr().contains("the event pack of \u201cBerlin Tech Fair\u201d, packed 2 h ago"),
                run.stderr());
        assertEquals("created", run.row(2).path("state").asText(), "its job is in the pack");
        assertEquals("invalid", run.row(3).path("state").asText());
        assertTrue(run.json().path("dry_run").asBoolean());
    }

    @Test
    void anImportQueuesItsRowsInTheOutboxToBeSentWhenTheAtsIsBack() throws Exception {
        keepPack("Berlin Tech Fair", profileId, Duration.ofMinutes(30), intake.openJobs());
        intake.sandbox.close();

        ImportCommandRunner.Run run = expect(4, intake.run(args(leads())));

        assertTrue(run.stderr().contains("packed 30 min ago"), run.stderr());
        assertEquals("queued", run.row(2).path("state").asText(), run.stdout());
        assertEquals(1, run.json().path("queued").asInt());
        try (Database database = open()) {
            List<Submission> saved = new SubmissionStore(database).byOrigin("import:leads.csv").stream()
                    .map(StoredSubmission::submission).toList();
            assertEquals(1, saved.size());
            assertEquals(job.id(), saved.get(0).request().jobId());
            assertTrue(saved.get(0).state() == SubmissionState.QUEUED
                    || saved.get(0).state() == SubmissionState.WAITING_TO_RETRY, saved.get(0).state().name());
        }
    }

    @Test
    void queuedOnlyExitsThree() throws Exception {
        keepPack("Berlin Tech Fair", profileId, Duration.ofMinutes(30), intake.openJobs());
        intake.sandbox.close();
        Path file = intake.write("anna.csv", """
                Name,Email,Job
                Anna Schulz,anna.schulz@example.de,%s
                """.formatted(job.id()));

        ImportCommandRunner.Run run = expect(3, intake.run(args(file)));

        assertEquals("queued", run.row(2).path("state").asText(), run.stdout());
    }

    @Test
    void withoutAPackOfTheProfileTheImportStopsWithExitSeven() throws Exception {
        keepPack("Someone else's fair", "another-profile", Duration.ofMinutes(1), intake.openJobs());
        intake.sandbox.close();

        ImportCommandRunner.Run run = expect(7, intake.run(args(leads())));

        assertTrue(run.json().path("error").path("message").asText().startsWith("The jobs could not be read"),
                run.stdout());
    }
}
