package dev.intake.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.store.Database;
import dev.intake.store.OpenResult;
import dev.intake.store.SqliteDraftStore;
import dev.intake.wizard.WizardViewModel;
import dev.intake.wizard.fakes.InMemoryDraftStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed with SIGKILL right after its draft was saved loses nothing: the next start recovers it exactly,
 * including what was typed while the window was still opening.
 */
class DraftKillTest {
    /** Generous: the child starts a JVM, and for typing ahead the toolkit and the services, on a busy machine. */
    private static final int SAVE_TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void aDraftTypedBeforeKillDashNineIsRecoveredFieldForField() throws Exception {
        Path data = dir.resolve("data");
        killRightAfterTheSave(List.of(DraftTypist.class.getName(), data.toString()));

        ImmediateTaskExecutor executor = new ImmediateTaskExecutor();
        WizardViewModel expected = DraftTypist.wizard(new InMemoryDraftStore(), executor);
        expected.start();
        DraftTypist.type(expected);
        try (Database database = assertInstanceOf(OpenResult.Opened.class,
                Database.open(data, Clock.systemUTC()), "the killed process's lock is gone").database()) {
            WizardViewModel recovered = DraftTypist.wizard(new SqliteDraftStore(database), executor);
            recovered.start();
            assertNotNull(recovered.pendingDraftProperty().get(), "the draft is offered at the next start");
            recovered.resumeDraft();

            assertEquals(expected.candidate().state(), recovered.candidate().state());
            assertEquals(expected.job().state(), recovered.job().state());
            assertEquals(expected.currentStep(), recovered.currentStep());
            assertEquals("Wrote the first algorithm — für die Maschine",
                    recovered.candidate().unifiedFields().getFirst().value().get());
        }
    }

    /**
     * A name and email typed while the window still said it was opening, by someone who then types on without the
     * pause the usual draft save waits for: killed as soon as a draft has committed, the next start offers what was
     * typed ahead.
     */
    @Test
    void whatWasTypedBeforeTheFormExistedIsOfferedAfterKillDashNine() throws Exception {
        Path data = dir.resolve("data");
        killRightAfterTheSave(List.of("-Dglass.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                TypeAheadTypist.class.getName(), data.toString(), dir.resolve("config").toString()));

        ImmediateTaskExecutor executor = new ImmediateTaskExecutor();
        try (Database database = assertInstanceOf(OpenResult.Opened.class,
                Database.open(data, Clock.systemUTC()), "the killed process's lock is gone").database()) {
            WizardViewModel recovered = DraftTypist.wizard(new SqliteDraftStore(database), executor);
            recovered.start();
            assertNotNull(recovered.pendingDraftProperty().get(), "the draft is offered at the next start");
            recovered.resumeDraft();

            assertEquals(TypeAheadTypist.FIRST_NAME, recovered.candidate().firstName().get());
            assertEquals(TypeAheadTypist.LAST_NAME, recovered.candidate().lastName().get());
            assertEquals(TypeAheadTypist.EMAIL, recovered.candidate().email().get());
        }
    }

    /** Runs {@code mainAndArguments} in a JVM of its own, and kills it (SIGKILL) once it reports a saved draft. */
    private void killRightAfterTheSave(List<String> mainAndArguments) throws Exception {
        Path childErrors = dir.resolve("child-stderr.txt");
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path")));
        command.addAll(mainAndArguments);
        Process child = new ProcessBuilder(command).redirectError(childErrors.toFile()).start();
        try {
            CompletableFuture<Boolean> saved = CompletableFuture.supplyAsync(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.equals(DraftTypist.SAVED)) {
                            return true;
                        }
                    }
                    return false;
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            boolean reported;
            try {
                reported = saved.get(SAVE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                reported = false;
            }
            assertEquals(true, reported, () -> "the child reported its save within " + SAVE_TIMEOUT_SECONDS
                    + " s; its errors: " + read(childErrors));
        } finally {
            child.destroyForcibly();
            assertEquals(true, child.waitFor(30, TimeUnit.SECONDS), "the child is gone");
        }
        assertFalse(child.isAlive());
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? String.join("\n", Files.readAllLines(file)) : "";
        } catch (java.io.IOException e) {
            return e.getMessage();
        }
    }
}
