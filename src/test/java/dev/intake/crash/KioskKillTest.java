package dev.intake.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk left by a kill (power cut, someone pulling the plug, SIGKILL) is where Intake opens again: visitors never
 * find the desk's window with its history at the next start.
 */
class KioskKillTest {
    /** Generous: each child starts a JVM, the toolkit, the services and the sandbox on a busy machine. */
    private static final int KIOSK_TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void aKioskKilledWithDashNineIsShownAgainAtTheNextStart() throws Exception {
        List<String> folders = List.of("--data-dir", dir.resolve("data").toString(), "--config-dir",
                dir.resolve("config").toString());
        List<String> first = new ArrayList<>(folders);
        first.addAll(List.of("--event", "Berlin Tech Fair 2026", "--kiosk"));
        assertTrue(killOnceTheKioskShows(first, "first"), "the first start opens the kiosk");
        assertTrue(killOnceTheKioskShows(folders, "second"), "started again without --kiosk, the kiosk is back");
    }

    /** Runs Intake in a JVM of its own on {@code arguments}; true when it showed a kiosk. Kills it (SIGKILL). */
    private boolean killOnceTheKioskShows(List<String> arguments, String name) throws Exception {
        Path childErrors = dir.resolve(name + "-stderr.txt");
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "-Dglass.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", KioskRunner.class.getName()));
        command.addAll(arguments);
        Process child = new ProcessBuilder(command).redirectError(childErrors.toFile()).start();
        try {
            CompletableFuture<Boolean> shown = CompletableFuture.supplyAsync(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.equals(KioskRunner.KIOSK)) {
                            return true;
                        }
                    }
                    return false;
                } catch (IOException e) {
                    return false;
                }
            });
            try {
                boolean reported = shown.get(KIOSK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (!reported) {
                    throw new AssertionError("the child ended without a kiosk; its errors: " + read(childErrors));
                }
                return true;
            } catch (TimeoutException e) {
                System.err.println("No kiosk within " + KIOSK_TIMEOUT_SECONDS + " s; the child's errors: "
                        + read(childErrors));
                return false;
            }
        } finally {
            child.destroyForcibly();
            assertEquals(true, child.waitFor(30, TimeUnit.SECONDS), "the child is gone");
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? String.join("\n", Files.readAllLines(file)) : "";
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
