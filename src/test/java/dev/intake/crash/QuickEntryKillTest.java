package dev.intake.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Ats;
import dev.intake.common.FxTaskExecutor;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.fair.capture.EventSetup;
import dev.intake.fair.capture.OutboxCaptureStore;
import dev.intake.fair.quick.QuickEntryViewModel;
import dev.intake.form.Messages;
import dev.intake.outbox.ConnectionResolver;
import dev.intake.outbox.SqliteOutbox;
import dev.intake.store.Database;
import dev.intake.store.FairEvent;
import dev.intake.store.OpenResult;
import dev.intake.store.SqliteDraftStore;
import dev.intake.store.SqliteEventPackStore;
import dev.intake.store.SqliteEventStore;
import dev.intake.store.Submission;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quick entry in a real process killed with SIGKILL never loses the visitor and never keeps them twice: after
 * Ctrl+Enter they are in the outbox exactly once or back in the form at the next start, whenever the kill comes;
 * killed mid-typing, what was typed is back in the form.
 */
class QuickEntryKillTest {
    /** Generous: the child starts a JVM, the toolkit, the services and the sandbox on a busy machine. */
    private static final int CHILD_TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void killedRightAfterCtrlEnterTheVisitorIsInTheOutboxOnceOrBackInTheForm() throws Exception {
        killWhenTheChildSays(QuickEntryTypist.PRESSED, "save");

        assertOnDiskExactlyOnce();
    }

    /**
     * The moment that matters: the draft stops holding the visitor (the next write then hangs, so the kill lands
     * exactly there). By then the capture must be in the outbox.
     */
    @Test
    void killedAsTheDraftMakesWayTheVisitorIsAlreadyInTheOutbox() throws Exception {
        killWhenTheChildSays(QuickEntryTypist.MADE_WAY, "save");

        Restarted restarted = restart();
        assertEquals(1, restarted.captured(), "the capture was on disk before the draft let the visitor go");
        assertEquals("", restarted.form().email().get(), "and the visitor is not brought back into the form");
    }

    @Test
    void killedMidTypingWhatWasTypedIsBackInTheFormAtTheNextStart() throws Exception {
        killWhenTheChildSays(QuickEntryTypist.TYPED, "typing");

        Restarted restarted = restart();
        assertEquals(QuickEntryTypist.FIRST_NAME, restarted.form().firstName().get());
        assertEquals(QuickEntryTypist.LAST_NAME, restarted.form().lastName().get());
        assertEquals(QuickEntryTypist.HALF_EMAIL, restarted.form().email().get());
        assertEquals(QuickEntryViewModel.NoticeKind.RESTORED, restarted.form().noticeKindProperty().get());
        assertEquals(0, restarted.captured());
    }

    private void assertOnDiskExactlyOnce() {
        Restarted restarted = restart();
        boolean inForm = QuickEntryTypist.EMAIL.equals(restarted.form().email().get());
        assertTrue(restarted.captured() == 1 && !inForm || restarted.captured() == 0 && inForm,
                "in the outbox " + restarted.captured() + " time(s), back in the form: " + inForm);
    }

    /** Quick entry opened again on the killed process's data, as the next start opens it; nothing is sent. */
    private Restarted restart() {
        Messages messages = Messages.load();
        try (Database database = assertInstanceOf(OpenResult.Opened.class,
                Database.open(dir.resolve("data"), Clock.systemUTC()), "the killed process's lock is gone")
                .database()) {
            FairEvent event = new SqliteEventStore(database, Clock.systemUTC()).byName(QuickEntryTypist.EVENT)
                    .orElseThrow();
            EventSetup setup = EventSetup.of(event, new SqliteEventPackStore(database).cached(event.id()));
            FxTaskExecutor executor = new FxTaskExecutor();
            SqliteOutbox outbox = SqliteOutbox.create(database, offline(event.profileId()), executor);
            try {
                QuickEntryViewModel form = new QuickEntryViewModel(setup,
                        new OutboxCaptureStore(outbox, event, setup.jobs(), event.profileId(), messages),
                        new SqliteDraftStore(database), new ImmediateTaskExecutor(), messages, Clock.systemUTC());
                form.start();
                List<Submission> visitor = outbox.byOrigin(event.origin()).stream()
                        .filter(s -> QuickEntryTypist.EMAIL.equals(s.request().candidate().email())).toList();
                return new Restarted(form, visitor.size());
            } finally {
                outbox.close();
                executor.close();
            }
        }
    }

    private record Restarted(QuickEntryViewModel form, int captured) {
    }

    private static ConnectionResolver offline(String profileId) {
        return new ConnectionResolver() {
            @Override
            public String currentProfileId() {
                return profileId;
            }

            @Override
            public Optional<Ats> ats(String profile) {
                return Optional.empty();
            }
        };
    }

    /** Runs {@link QuickEntryTypist} in a JVM of its own, and kills it (SIGKILL) once it prints {@code line}. */
    private void killWhenTheChildSays(String line, String mode) throws Exception {
        Path childErrors = dir.resolve("child-stderr.txt");
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "-Dglass.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", QuickEntryTypist.class.getName(), dir.resolve("data").toString(),
                dir.resolve("config").toString(), mode));
        Process child = new ProcessBuilder(command).redirectError(childErrors.toFile()).start();
        try {
            CompletableFuture<Boolean> said = CompletableFuture.supplyAsync(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String next = lines.readLine(); next != null; next = lines.readLine()) {
                        if (next.equals(line)) {
                            child.destroyForcibly();
                            return true;
                        }
                    }
                    return false;
                } catch (IOException e) {
                    return false;
                }
            });
            boolean reported;
            try {
                reported = said.get(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                reported = false;
            }
            assertTrue(reported, () -> "the child said \"" + line + "\" within " + CHILD_TIMEOUT_SECONDS
                    + " s; its errors: " + read(childErrors));
        } finally {
            child.destroyForcibly();
            assertEquals(true, child.waitFor(30, TimeUnit.SECONDS), "the child is gone");
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? String.join("\n", Files.readAllLines(file)) : "";
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
