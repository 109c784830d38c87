package dev.intake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.store.Database;
import dev.intake.store.OpenResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Intake started as {@code main} starts it, in a process of its own: closing its window ends the process by itself,
 * once the app has stopped, where the window was is saved and the data folder is released.
 */
class WindowLaunchTest {
    @TempDir
    Path dir;

    @Test
    void closingTheWindowStopsTheAppAndEndsTheProcess() throws Exception {
        Path config = dir.resolve("config");
        Path data = dir.resolve("data");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Path errors = dir.resolve("stderr.txt");
        Path output = dir.resolve("stdout.txt");
        Process app = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "-Dglass.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", WindowLaunchRunner.class.getName(),
                "--data-dir", data.toString(), "--config-dir", config.toString())
                .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();

        boolean ended = app.waitFor(150, TimeUnit.SECONDS);
        if (!ended) {
            app.destroyForcibly();
        }

        String stderr = Files.readString(errors, StandardCharsets.UTF_8);
        assertTrue(ended, () -> "the process ended by itself; its errors: " + stderr);
        assertEquals(0, app.exitValue(), stderr);
        assertTrue(Files.readString(output, StandardCharsets.UTF_8).contains(WindowLaunchRunner.QUIT),
                "the launch returned once the window closed: " + stderr);
        assertTrue(Files.exists(config.resolve("window.json")), "where the window was is saved: " + stderr);
        try (Database database = assertInstanceOf(OpenResult.Opened.class, Database.open(data, Clock.systemUTC()),
                "the data folder was released").database()) {
            assertTrue(!database.readOnly());
        }
    }
}
