package dev.intake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tests run on the class path, where there are no module boundaries; the packaged image runs ControlsFX as a
 * named module, which may touch JavaFX internals only through the options in {@code jlink-config/module-access.options}.
 * This runs every ControlsFX widget Intake may use in such a JVM with exactly those options, and wants them shown
 * with nothing at all on stderr (no access error, no warning about an option).
 */
class ControlsFxAccessTest {
    private static final Path ACCESS = Path.of("jlink-config", "module-access.options");

    @TempDir
    Path dir;

    @Test
    void everyWidgetShowsWithControlsFxAsANamedModuleAndTheLaunchersAccessOptions() throws Exception {
        Probe probe = runProbe(List.of("@" + ACCESS.toAbsolutePath()));

        assertEquals("", probe.stderr(), "nothing on stderr");
        assertEquals(0, probe.exitCode());
        assertTrue(probe.stdout().contains("shown"), probe.stdout());
    }

    private Probe runProbe(List<String> accessOptions) throws IOException, InterruptedException {
        Path source = Path.of("src", "test", "resources", "dev", "intake", "app", "ControlsFxProbe.java");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Headless", "-Dprism.order=sw", "--enable-native-access=javafx.graphics"));
        command.addAll(accessOptions);
        command.addAll(List.of("--module-path", modulePath(), "--add-modules", "org.controlsfx.controls",
                source.toAbsolutePath().toString()));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the probe did not finish within 120 s: " + Files.readString(err));
        }
        return new Probe(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** JavaFX's platform jars and ControlsFX, from the tests' class path, as a module path. */
    private static String modulePath() {
        List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> {
                    String name = Path.of(entry).getFileName().toString();
                    return name.matches("javafx-(base|graphics|controls)-.+-(linux|win|mac).*\\.jar")
                            || name.matches("controlsfx-.*\\.jar");
                }).toList();
        assertEquals(4, jars.size(), "JavaFX base, graphics and controls and ControlsFX on the class path: " + jars);
        return String.join(File.pathSeparator, jars);
    }

    private record Probe(int exitCode, String stdout, String stderr) {
    }
}
