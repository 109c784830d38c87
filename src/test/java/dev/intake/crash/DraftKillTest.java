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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed with SIGKILL right after its draft was saved loses nothing: the next start recovers it exactly. */
class DraftKillTest {
    @TempDir
    Path dir;

    @Test
    void aDraftTypedBeforeKillDashNineIsRecoveredFieldForField() throws Exception {
        Path data = dir.resolve("data");
        Path childErrors = dir.resolve("child-stderr.txt");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), DraftTypist.class.getName(), data.toString())
                .redirectError(childErrors.toFile()).start();
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
            boolean reported = saved.get(60, TimeUnit.SECONDS);
            assertEquals(true, reported, () -> "the child reported its save; its errors: " + read(childErrors));
        } finally {
            child.destroyForcibly();
            assertEquals(true, child.waitFor(30, TimeUnit.SECONDS), "the child is gone");
        }
        assertFalse(child.isAlive());

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

    private static String read(Path file) {
        try {
            return Files.exists(file) ? String.join("\n", Files.readAllLines(file)) : "";
        } catch (java.io.IOException e) {
            return e.getMessage();
        }
    }
}
