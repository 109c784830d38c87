package dev.intake.importing;

import static dev.intake.importing.ImportCommandRunner.args;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed with SIGKILL halfway, then run again: every row reaches the account once, none twice. The
 * account is a sandbox in this process, so it outlives the killed one and counts what arrived.
 */
class ImportKillTest {
    /** Generous: the child starts a JVM on a busy machine. */
    private static final int PROGRESS_TIMEOUT_SECONDS = 120;
    private static final int ROWS = 12;
    private static final Pattern DONE = Pattern.compile(": (\\d+) of " + ROWS + " rows done");

    @TempDir
    Path dir;

    @Test
    void aRunKilledMidwayAndRunAgainSendsEveryRowExactlyOnce() throws Exception {
        try (ImportCommandRunner intake = new ImportCommandRunner(dir)) {
            StringBuilder csv = new StringBuilder("First name,Last name,Email,Job,Note\n");
            for (int i = 1; i <= ROWS; i++) {
                csv.append("Lead,Number").append(i).append(",lead").append(i).append("@example.de,")
                        .append(intake.openJobs().getFirst().id()).append(",met at the booth\n");
            }
            Path file = intake.write("leads.csv", csv.toString());
            // Slow enough that the kill comes while rows are still being sent.
            intake.sandbox.knobs().latency(Duration.ofMillis(150));

            int doneWhenKilled = killOnceSomeRowsAreDone(intake.accountArgs(args(file)));
            intake.sandbox.knobs().reset();
            Map<String, Long> arrivedBefore = intake.applicationsByEmail();
            assertTrue(arrivedBefore.size() < ROWS, "killed midway: " + arrivedBefore.size() + " of " + ROWS);

            ImportCommandRunner.Run again = intake.run(args(file));

            Map<String, Long> arrived = intake.applicationsByEmail();
            assertTrue(arrived.values().stream().allMatch(n -> n == 1), "none twice: " + arrived);
            Set<String> settled = new HashSet<>();
            for (JsonNode row : again.json().path("results")) {
                String state = row.path("state").asText();
                String email = row.path("email").asText().toLowerCase(Locale.ROOT);
                if (state.equals("created") || state.equals("already_imported")) {
                    assertEquals(1L, arrived.get(email), email + " " + state + " arrived once");
                    settled.add(email);
                } else {
                    // Killed while its create was on the wire: the outbox asks the ATS before anything is resent.
                    assertEquals("outcome_unknown", state, again.stdout());
                }
            }
            assertTrue(settled.size() >= ROWS - 1, "at most the one in flight is left to check: " + again.stdout());
            assertTrue(again.json().path("already_imported").asInt() >= doneWhenKilled, again.stdout());
            assertEquals(ROWS, again.json().path("rows").asInt());
        }
    }

    /** Runs the import in a JVM of its own and kills it (SIGKILL) once its progress shows some rows done. */
    private int killOnceSomeRowsAreDone(List<String> importArgs) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "dev.intake.Main"));
        command.addAll(importArgs);
        Process child = new ProcessBuilder(command).redirectOutput(dir.resolve("child-stdout.txt").toFile()).start();
        StringBuffer said = new StringBuffer();
        try {
            CompletableFuture<Integer> someDone = CompletableFuture.supplyAsync(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        said.append(line).append('\n');
                        Matcher done = DONE.matcher(line);
                        if (done.find() && Integer.parseInt(done.group(1)) > 0) {
                            return Integer.parseInt(done.group(1));
                        }
                    }
                    return -1;
                } catch (java.io.IOException e) {
                    return -1;
                }
            });
            int done;
            try {
                done = someDone.get(PROGRESS_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                done = -1;
            }
            int reported = done;
            assertTrue(reported > 0 && reported < ROWS, () -> "the child reported some rows done, not all: " + said);
            return reported;
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child is gone");
            assertFalse(child.isAlive());
        }
    }
}
