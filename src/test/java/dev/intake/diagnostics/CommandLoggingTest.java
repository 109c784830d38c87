package dev.intake.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Redactor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLoggingTest {
    @TempDir
    Path dir;

    @Test
    void standardErrorGetsOneLinePerWarningAndTheLogFileTheDetails() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Logger logger = Logger.getLogger("dev.intake.outbox.Test");
        try (CommandLogging logging = CommandLogging.install(dir, new Redactor(),
                new PrintStream(err, true, StandardCharsets.UTF_8))) {
            logger.info("Sending 3 submissions");
            logger.log(java.util.logging.Level.WARNING, "An outbox listener failed",
                    new IllegalStateException("boom", new IOException("disk full")));
            logger.log(java.util.logging.Level.SEVERE, "Authorization: Bearer abcdefghijklmnop went wrong");
        }

        assertEquals("intake: warning: An outbox listener failed: boom" + System.lineSeparator()
                + "intake: error: Authorization: [redacted]" + System.lineSeparator(),
                err.toString(StandardCharsets.UTF_8), "one line each, no INFO, no stack trace, no secret");
        String file = Files.readString(dir.resolve("logs").resolve("intake-0.log"), StandardCharsets.UTF_8);
        assertTrue(file.contains("Sending 3 submissions"), file);
        assertTrue(file.contains("java.lang.IllegalStateException: boom"), "the file keeps the details: " + file);
    }
}
