package dev.intake.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Redactor;
import dev.intake.testing.Modes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log names candidates: only its user may read it, including files started by a rotation. */
class DiagnosticLogPermissionsTest {
    @TempDir
    Path dataDir;

    @BeforeEach
    void posixOnly() {
        Modes.assumePosix(dataDir);
    }

    @Test
    void theLogFolderAndEveryLogFileAreTheUsersOnlyAlsoAfterRotation() throws Exception {
        try (DiagnosticLog log = DiagnosticLog.install(dataDir, new Redactor())) {
            Logger logger = Logger.getLogger("dev.intake.test.permissions");
            String line = "Submission for ana@example.com " + "x".repeat(1_000);
            for (int i = 0; i < DiagnosticLog.FILE_LIMIT_BYTES / 1_000 + 50; i++) {
                logger.info(line);
            }
            assertTrue(Files.exists(log.directory().resolve("intake-1.log")), "the log rotated");
            assertEquals("rwx------", Modes.of(log.directory()));
            assertEquals("rw-------", Modes.of(log.directory().resolve("intake-0.log")));
            assertEquals("rw-------", Modes.of(log.directory().resolve("intake-1.log")));
            assertTrue(Files.size(log.directory().resolve("intake-0.log")) > 0);
        }
    }

    @Test
    void logFilesLeftWideByAnEarlierRunAreNarrowedAtStart() throws Exception {
        Path logs = Files.createDirectories(dataDir.resolve("logs"));
        Files.writeString(logs.resolve("intake-0.log"), "old line\n");
        Files.writeString(logs.resolve("intake-3.log"), "older line\n");
        Modes.set(logs, "rwxr-xr-x");
        Modes.set(logs.resolve("intake-0.log"), "rw-r--r--");
        Modes.set(logs.resolve("intake-3.log"), "rw-rw-rw-");

        try (DiagnosticLog log = DiagnosticLog.install(dataDir, new Redactor())) {
            Logger.getLogger("dev.intake.test.permissions").info("new line");
            assertEquals("rwx------", Modes.of(logs));
            assertEquals("rw-------", Modes.of(logs.resolve("intake-0.log")));
            assertEquals("rw-------", Modes.of(logs.resolve("intake-3.log")));
        }
    }
}
