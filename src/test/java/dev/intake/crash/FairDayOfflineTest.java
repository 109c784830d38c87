package dev.intake.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Application;
import dev.intake.common.FxTaskExecutor;
import dev.intake.outbox.SettleSchedule;
import dev.intake.outbox.SqliteOutbox;
import dev.intake.sandbox.SandboxOptions;
import dev.intake.sandbox.SandboxServer;
import dev.intake.store.Database;
import dev.intake.store.FollowUpState;
import dev.intake.store.OpenResult;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A day at a booth without network: 300 visitors captured with the ATS unreachable, Intake killed (SIGKILL) twice
 * along the way and started again, then the ATS comes back: exactly 300 applications and their 300 notes arrive,
 * within 5 minutes at the sandbox's default settings and the outbox's own rate limit. Capture runs in child
 * processes through quick entry's ViewModel, its draft and the outbox ({@link FairCapturer}).
 */
class FairDayOfflineTest {
    private static final int VISITORS = 300;
    private static final String API_KEY = "booth-day-key";
    private static final String EVENT_ID = "ev-campus-day";
    private static final String EVENT_NAME = "Campus Day 2026";
    private static final Duration SEND_LIMIT = Duration.ofMinutes(5);
    private static final int CHILD_TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void threeHundredCapturedOfflineThroughTwoKillsArriveOnceEachWithTheirNotes() throws Exception {
        Path data = dir.resolve("data");
        // The ATS's address is fixed for the day; nothing answers there until it comes back.
        SandboxOptions options = SandboxOptions.defaults().withApiKey(API_KEY);
        int port;
        List<String> openJobs;
        try (SandboxServer probe = SandboxServer.start(options)) {
            port = probe.baseUrl().getPort();
            openJobs = probe.data().jobs().stream().filter(job -> "open".equals(job.statusWord()))
                    .map(job -> job.id()).limit(12).toList();
        }
        String baseUrl = "http://127.0.0.1:" + port;

        // After each restart the last few visitors are handed over again, as staff re-enter whoever they are not
        // sure was saved before the kill: quick entry knows them as captured already, so each is kept once.
        int captured = capture(data, baseUrl, openJobs, 1, 100, true);
        captured = capture(data, baseUrl, openJobs, captured - 4, 200, true);
        captured = capture(data, baseUrl, openJobs, captured - 4, VISITORS, false);
        assertEquals(VISITORS, captured);

        try (FxTaskExecutor executor = new FxTaskExecutor();
                Database database = ((OpenResult.Opened) Database.open(data, Clock.systemUTC())).database();
                SandboxServer ats = SandboxServer.start(options.withPort(port));
                SqliteOutbox outbox = SqliteOutbox.create(database, FairCapturer.resolver(baseUrl, API_KEY),
                        SettleSchedule.STANDARD, executor)) {
            List<Submission> offline = outbox.byOrigin("event:" + EVENT_ID);
            assertEquals(VISITORS, offline.size(), "every visitor kept, none twice");
            assertTrue(offline.stream().noneMatch(s -> s.state() == SubmissionState.CREATED), "nothing reached it");

            long started = System.nanoTime();
            outbox.start();
            outbox.connectivityRestored();
            while (!allSent(outbox.byOrigin("event:" + EVENT_ID))) {
                Duration left = SEND_LIMIT.minusNanos(System.nanoTime() - started);
                assertFalse(left.isNegative(), () -> "not all sent within " + SEND_LIMIT + ": "
                        + summary(outbox.byOrigin("event:" + EVENT_ID)));
                outbox.drain().get(left.toMillis() + 1, TimeUnit.MILLISECONDS);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(SEND_LIMIT) < 0, "sent in " + took);
            // The figure the day is judged by, for the test's report.
            System.out.printf("A day offline: %d captured through 2 kills, all sent with their notes in %.1f s%n",
                    VISITORS, took.toMillis() / 1000.0);

            List<Application> created = ats.data().createdApplications();
            assertEquals(VISITORS, created.size(), "exactly one application per visitor");
            Map<String, Submission> byApplication = new HashMap<>();
            for (Submission submission : outbox.byOrigin("event:" + EVENT_ID)) {
                byApplication.put(submission.applicationId(), submission);
            }
            assertEquals(VISITORS, byApplication.size());
            Set<String> emails = new HashSet<>();
            for (Application application : created) {
                Submission submission = byApplication.get(application.id());
                emails.add(submission.request().candidate().email());
                assertEquals(List.of(submission.noteText()), ats.data().notes().texts(application.id()),
                        "one note, the booth's, on " + application.id());
            }
            assertEquals(VISITORS, emails.size());
            assertEquals(VISITORS, ats.data().notes().count());
        }
    }

    private static boolean allSent(List<Submission> submissions) {
        return submissions.stream().allMatch(s -> s.state() == SubmissionState.CREATED
                && s.noteState() == FollowUpState.SENT);
    }

    private static String summary(List<Submission> submissions) {
        return submissions.stream().collect(Collectors.groupingBy(s -> s.state() + "/" + s.noteState(),
                Collectors.counting())).toString();
    }

    /**
     * Starts Intake's capture in a child process on {@code data} and hands it visitors {@code from} to
     * {@code last}. With {@code kill}, the child is killed (SIGKILL) once it confirmed {@code last}, while it is
     * given more; else it is let finish the day and close. Returns the last visitor it confirmed.
     */
    private int capture(Path data, String baseUrl, List<String> jobs, int from, int last, boolean kill)
            throws Exception {
        Path errors = dir.resolve("capture-" + from + ".txt");
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), FairCapturer.class.getName(), data.toString(), baseUrl,
                API_KEY, EVENT_ID, EVENT_NAME, String.join(",", jobs)));
        Process child = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        int confirmed = from - 1;
        try (Writer visitors = child.outputWriter(StandardCharsets.UTF_8);
                BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
            // Killed mid-stream: a few more visitors are on their way when the kill lands.
            int handed = kill ? Math.min(VISITORS, last + 10) : last;
            for (int n = from; n <= handed; n++) {
                visitors.write(n + "\n");
            }
            visitors.flush();
            if (!kill) {
                visitors.close();
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(FairCapturer.CAPTURED)) {
                    confirmed = Integer.parseInt(line.substring(FairCapturer.CAPTURED.length()));
                    if (kill && confirmed >= last) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        } catch (IOException e) {
            // The pipe closes under the kill.
        } finally {
            if (!child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        assertFalse(child.isAlive(), "the capture process is gone");
        assertTrue(confirmed >= last, "the child confirmed up to " + last + ", only " + confirmed + "; its errors: "
                + Files.readString(errors));
        return confirmed;
    }
}
