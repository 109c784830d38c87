package dev.intake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.intake.common.FxTaskExecutor;
import dev.intake.store.Database;
import dev.intake.store.OpenResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installed application's services, where starting them is given up half-way. */
class ProductionServicesFactoryTest {
    /** The JDK's HTTP server, which the sandbox runs on, serves from a thread of this name that keeps Java alive. */
    private static final String SERVER_THREAD = "HTTP-Dispatcher";

    @TempDir
    Path dir;

    private final FxTaskExecutor executor = new FxTaskExecutor();

    @AfterEach
    void closeExecutor() {
        executor.close();
    }

    @Test
    void quittingAtTheQuestionAboutAnotherIntakeLeavesNoSandboxServing() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        List<Path> asked = new ArrayList<>();
        ProductionServicesFactory factory = new ProductionServicesFactory(new ProductionServicesFactory.StartupDialogs() {
            @Override
            public boolean openReadOnlyInstead(Path dataDirectory) {
                asked.add(dataDirectory);
                return false;
            }

            @Override
            public void cannotStart(String message) {
                throw new AssertionError("nothing to explain: the user chose to quit (" + message + ")");
            }
        }, executor);
        long serversBefore = serverThreads();
        try (Database otherIntake = ((OpenResult.Opened) Database.open(data, Clock.systemUTC())).database()) {
            // No account is set up, so the services start on the sandbox, beside the database being opened.
            assertThrows(StartupCancelledException.class, () -> factory.create(List.of(
                    "--config-dir", dir.resolve("config").toString(), "--data-dir", data.toString())));
        }
        assertEquals(List.of(data), asked);
        assertEquals(serversBefore, serverThreads(), "the sandbox started for this start still serves, and would "
                + "keep Intake from quitting");
    }

    private static long serverThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().equals(SERVER_THREAD)).count();
    }
}
