package dev.intake.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.intake.ats.Application;
import dev.intake.ats.Ats;
import dev.intake.ats.AtsConnection;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.HttpClients;
import dev.intake.ats.NewCandidate;
import dev.intake.ats.StackOneClient;
import dev.intake.common.FxTaskExecutor;
import dev.intake.outbox.ConnectionResolver;
import dev.intake.outbox.SettleSchedule;
import dev.intake.outbox.SqliteOutbox;
import dev.intake.outbox.SubmitOptions;
import dev.intake.sandbox.SandboxOptions;
import dev.intake.sandbox.SandboxServer;
import dev.intake.store.Database;
import dev.intake.store.FollowUpState;
import dev.intake.store.HistoryLabels;
import dev.intake.store.OpenResult;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two laptops at one booth, each with its own data, capture the same visitor. Once online, the email look-up makes
 * the second capture an application of the candidate the first created, or "already in the ATS" when it is for the
 * same job: never a second candidate.
 */
class SeveralLaptopsTest {
    private static final String PROFILE = "fair";
    private static final String ORIGIN = "event:ev-berlin";
    private static final String EMAIL = "mei.tanaka@example.jp";

    @TempDir
    Path dir;

    @Test
    void theSameVisitorOnTwoLaptopsIsOneCandidateNeverTwo() throws Exception {
        try (SandboxServer ats = SandboxServer.start(SandboxOptions.defaults())) {
            List<String> open = ats.data().jobs().stream().filter(job -> "open".equals(job.statusWord()))
                    .map(job -> job.id()).toList();
            String backend = open.get(0);
            String data = open.get(1);

            Submission first;
            try (Laptop a = new Laptop(dir.resolve("laptop-a"), ats)) {
                first = a.capture("a:1", visitor("Mei", "Tanaka", EMAIL, backend), "Rating: 5/5, laptop A");
            }
            try (Laptop b = new Laptop(dir.resolve("laptop-b"), ats)) {
                Submission sameJob = b.capture("b:1", visitor("Mei", "田中", "Mei.Tanaka@Example.JP", backend),
                        "Rating: 4/5, laptop B");
                Submission otherJob = b.capture("b:2", visitor("Mei", "Tanaka", EMAIL, data),
                        "Also keen on data roles");

                assertEquals(SubmissionState.CREATED, first.state());
                assertEquals(SubmissionState.ALREADY_IN_ATS, sameJob.state(), "the same job: not applied twice");
                assertEquals(first.applicationId(), sameJob.applicationId(), "pointing at the application there");
                assertEquals(SubmissionState.CREATED, otherJob.state());

                String candidate = ats.data().application(first.applicationId()).orElseThrow().candidateId();
                Application second = ats.data().application(otherJob.applicationId()).orElseThrow();
                assertEquals(candidate, second.candidateId(), "a new application for the candidate already there");
                assertEquals(1, ats.data().candidatesByEmail(EMAIL).size(), "one candidate, never a second");
                assertEquals(2, ats.data().createdApplications().size());

                assertEquals(FollowUpState.SENT, sameJob.noteState());
                assertEquals(List.of("Rating: 5/5, laptop A", "Rating: 4/5, laptop B"),
                        ats.data().notes().texts(first.applicationId()), "both laptops' notes on the one application");
            }
        }
    }

    private static CreateApplicationRequest visitor(String first, String last, String email, String jobId) {
        NewCandidate candidate = new NewCandidate(null, null, null, null, first + " " + last, first, last, email,
                null, null, null, null, null, null);
        return new CreateApplicationRequest(null, jobId, null, null, null, null,
                new CreateApplicationRequest.SourceRef(null, "Berlin Tech Fair"), null, candidate, null);
    }

    /** One laptop: its own data directory and outbox, online to the shared ATS. */
    private static final class Laptop implements AutoCloseable {
        private final Database database;
        private final SqliteOutbox outbox;
        private final FxTaskExecutor executor = new FxTaskExecutor();

        Laptop(Path data, SandboxServer ats) {
            database = assertInstanceOf(OpenResult.Opened.class, Database.open(data, Clock.systemUTC())).database();
            Ats client = new StackOneClient(new AtsConnection(ats.baseUrl().toString(), ats.apiKey(),
                    SandboxServer.ACCOUNT_ID), HttpClients.create());
            outbox = SqliteOutbox.create(database, new ConnectionResolver() {
                @Override
                public String currentProfileId() {
                    return PROFILE;
                }

                @Override
                public Optional<Ats> ats(String profileId) {
                    return Optional.of(client);
                }
            }, SettleSchedule.STANDARD, executor);
        }

        /** Captures the visitor and sends what is due, with the note; returns the submission as it settled. */
        Submission capture(String key, CreateApplicationRequest request, String note) throws Exception {
            outbox.submit(PROFILE, request, HistoryLabels.NONE, new SubmitOptions(ORIGIN, key, note, true));
            // The create (or the look-up that settles it) and then the note: each pass sends what is due.
            for (int pass = 0; pass < 5 && !settledWithNote(outbox.byOnceKey(key).orElseThrow()); pass++) {
                outbox.drain().get(60, TimeUnit.SECONDS);
            }
            return outbox.byOnceKey(key).orElseThrow();
        }

        private static boolean settledWithNote(Submission submission) {
            return (submission.state() == SubmissionState.CREATED
                    || submission.state() == SubmissionState.ALREADY_IN_ATS)
                    && submission.noteState() == FollowUpState.SENT;
        }

        @Override
        public void close() {
            outbox.close();
            executor.close();
            database.close();
        }
    }
}
