package dev.intake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.intake.Main;

import dev.intake.startup.WindowUnavailable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Started from a terminal with no graphical session, the real app explains itself instead of crashing. */
@EnabledOnOs(OS.LINUX)
class WindowlessStartTest {
    @TempDir
    Path dir;

    @Test
    void withoutADisplayTheAppSaysWhatToDoAndExitsWithoutAStackTrace() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Path errors = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(),
                "--data-dir", dir.resolve("data").toString(), "--config-dir", dir.resolve("config").toString())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(errors.toFile());
        // As in a text console or an SSH session without X forwarding; the toolkit is JavaFX's usual one.
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process app = builder.start();

        boolean ended = app.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            app.destroyForcibly();
        }

        String stderr = Files.readString(errors, StandardCharsets.UTF_8);
        assertTrue(ended, () -> "the app ended by itself; its errors: " + stderr);
        assertEquals(WindowUnavailable.EXIT_CODE, app.exitValue(), stderr);
        assertTrue(stderr.contains("DISPLAY"), stderr);
        assertTrue(stderr.contains("ssh -X"), stderr);
        assertFalse(stderr.contains("\tat "), stderr);
        assertFalse(stderr.contains("Exception in thread"), stderr);
    }
}
