package dev.intake.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** A credential tool's answer arrives whole, however much it writes to either pipe, and a hung tool is stopped. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ProcessCommandRunnerTest {
    private final ProcessCommandRunner runner = new ProcessCommandRunner(Duration.ofSeconds(20));

    @Test
    void outputAndErrorsLargerThanAPipeAreReadWhole() throws IOException {
        // Far more than a pipe holds (64 KiB), on both pipes at once: a reader of only one would stall the tool.
        CommandRunner.Result result = runner.run(List.of("sh", "-c",
                "cat; i=0; while [ $i -lt 4000 ]; do echo out-$i; echo err-$i >&2; i=$((i+1)); done; exit 3"),
                "secret\n");

        assertEquals(3, result.exitCode());
        List<String> out = result.stdout().lines().toList();
        assertEquals(4001, out.size());
        assertEquals("secret", out.getFirst());
        assertEquals("out-3999", out.getLast());
        List<String> err = result.stderr().lines().toList();
        assertEquals(4000, err.size());
        assertEquals("err-3999", err.getLast());
    }

    @Test
    void aToolThatDoesNotFinishIsStoppedAndNamed() {
        ProcessCommandRunner quick = new ProcessCommandRunner(Duration.ofMillis(300));

        IOException e = assertThrows(IOException.class, () -> quick.run(List.of("sleep", "30"), ""));

        assertTrue(e.getMessage().startsWith("sleep did not finish"), e.getMessage());
    }

    @Test
    void aToolThatLeavesAProcessHoldingItsOutputOpenIsNotWaitedFor() throws IOException {
        // The tool answers and exits; what it started in the background keeps the pipes open for half a minute.
        long started = System.nanoTime();
        CommandRunner.Result result = runner.run(List.of("sh", "-c", "echo answer; sleep 30 & exit 0"), "");

        assertEquals("answer", result.stdout().strip());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(10)) < 0,
                "answered without waiting for the background process");
    }
}
