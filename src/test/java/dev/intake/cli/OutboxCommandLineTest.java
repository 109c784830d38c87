package dev.intake.cli;

import dev.intake.common.FxTaskExecutor;
import dev.intake.outbox.ConnectionResolver;
import dev.intake.outbox.SpecRequestReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of --submit, --outbox and --drain: its help, and one line for a wrong option. */
class OutboxCommandLineTest {
    @TempDir
    Path dir;

    private final List<Path> opened = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final FxTaskExecutor executor = new FxTaskExecutor();

    @AfterEach
    void closeExecutor() {
        executor.close();
    }

    private int run(String... args) {
        ConnectionResolver.Factory connections = dataDirectory -> {
            opened.add(dataDirectory);
            throw new AssertionError("a command line that is wrong or asks for help opens no account");
        };
        return new OutboxCommand(connections, new SpecRequestReader(), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.systemUTC(), executor).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsTheCommandsAndTheOptionsThatApplyAndExitsZero() {
        assertEquals(0, run("--outbox", "--help"));

        assertTrue(out().startsWith("Usage: intake [--data-dir DIR] (--submit FILE"), out());
        for (String usage : List.of("--submit=FILE|-", "--outbox", "--drain", "--resend-unconfirmed",
                "--data-dir=DIR", "--config-dir=DIR", "--profile=NAME", "--account-id=ID", "--config=FILE",
                "--help")) {
            assertTrue(out().contains(" " + usage + " ") || out().contains(" " + usage + System.lineSeparator()),
                    usage + " in\n" + out());
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), opened);
    }

    @Test
    void aMistypedOptionIsAnsweredWithTheOneMeantAndExitsTwo() throws Exception {
        assertEquals(2, run("--drain", "--resend-unconfimed"));

        JsonNode json = Json.mapper().readTree(out());
        assertEquals("Unknown option --resend-unconfimed. Did you mean --resend-unconfirmed? Run intake --help to"
                + " see the options.", json.path("error").path("message").asText());
        assertEquals("", err.toString(StandardCharsets.UTF_8), "standard error stays for warnings");
        assertEquals(List.of(), opened);
    }

    @Test
    void theEqualsFormOfSubmitIsACommandWithoutAWindow() throws Exception {
        assertTrue(OutboxCommand.handles(new String[] {"--data-dir", "x", "--submit=ana.json"}));

        assertEquals(2, run("--submit="));
        assertEquals("--submit needs a file, or - to read the request from standard input.",
                Json.mapper().readTree(out()).path("error").path("message").asText());
    }
}
