package dev.intake.app;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.accounts.ManagedConfig;
import dev.intake.common.AppVersion;
import dev.intake.common.FxTaskExecutor;
import dev.intake.testing.RecordingStartupDialogs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's command line: help, version, and no option silently ignored. */
class LaunchOptionsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private static IllegalArgumentException refused(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> LaunchOptions.check(List.of(args)));
    }

    @Test
    void helpListsEveryOptionTheAppReadsAndTheCommandsWithoutAWindow() {
        assertTrue(LaunchOptions.printIfAsked(new String[] {"--help"}, out));

        assertTrue(out().startsWith("Usage: intake [OPTIONS]"), out());
        for (String flag : List.of("--data-dir=DIR", "--config-dir=DIR", "--config=FILE", "--smoke-test",
                "--submit=FILE|-", "--outbox", "--drain", "--resend-unconfirmed", "--sandbox-only", "--event=NAME", "--kiosk",
                "--version", "--help")) {
            assertTrue(out().contains(" " + flag + " ") || out().contains(" " + flag + System.lineSeparator()),
                    flag + " in\n" + out());
        }
        for (ManagedConfig.Option option : ManagedConfig.Option.values()) {
            String usage = " " + option.flag() + "=" + option.placeholder();
            assertTrue(out().contains(usage + " ") || out().contains(usage + System.lineSeparator()), option
                    + " in\n" + out());
        }
    }

    @Test
    void helpDescriptionsStartInOneColumn() {
        LaunchOptions.printIfAsked(new String[] {"-h"}, out);

        List<String> rows = out().lines().filter(line -> line.strip().startsWith("-")).toList();
        List<Integer> columns = new ArrayList<>();
        for (String line : rows) {
            // Two spaces end a usage ("-h, --help", "--proxy=HOST:PORT"); one too long for the column has its
            // description on the next line, in the same column.
            int end = line.indexOf("  ", line.indexOf('-'));
            String described = end < 0 ? out().lines().dropWhile(l -> !l.equals(line)).skip(1).findFirst()
                    .orElseThrow() : line;
            int column = end < 0 ? 0 : end;
            while (described.charAt(column) == ' ') {
                column++;
            }
            columns.add(column);
        }
        assertEquals(21, rows.size(), out());
        assertEquals(1, columns.stream().distinct().count(), out());
    }

    @Test
    void versionPrintsTheOneVersionNumber() {
        assertTrue(LaunchOptions.printIfAsked(new String[] {"--version"}, out));

        assertEquals("Intake " + AppVersion.current(), out().strip());
    }

    @Test
    void anOrdinaryStartPrintsNothing() {
        assertFalse(LaunchOptions.printIfAsked(new String[] {"--data-dir", "/tmp/intake"}, out));

        assertEquals("", out());
    }

    @Test
    void theDocumentedOptionsAreAccepted() {
        assertDoesNotThrow(() -> LaunchOptions.check(List.of("--data-dir", "/data", "--config-dir=/config",
                "--profile", "Acme Corp", "--account-id", "45355976281015164504", "--api-key-file", "/etc/k",
                "--base-url=https://api.stackone.com", "--proxy", "proxy:3128", "--proxy-user", "ann",
                "--proxy-password-file", "/etc/p", "--config", "/etc/intake.properties", "--smoke-test")));
        assertDoesNotThrow(() -> LaunchOptions.check(List.of("--event", "Berlin Tech Fair", "--kiosk",
                "--profile", "Acme Corp")));
        assertDoesNotThrow(() -> LaunchOptions.check(List.of("-psn_0_1234567")), "what macOS Finder adds");
    }

    @Test
    void onlyTheWindowsPlainOptionsWithTheirValuesSkipTheParser() {
        assertTrue(LaunchOptions.windowOptionsOnly(new String[0]));
        assertTrue(LaunchOptions.windowOptionsOnly(new String[] {"--smoke-test", "--data-dir", "/d",
                "--config-dir=/c"}));
        assertFalse(LaunchOptions.windowOptionsOnly(new String[] {"--data-dir"}), "a value is missing");
        assertFalse(LaunchOptions.windowOptionsOnly(new String[] {"--data-dir", "--smoke-test"}));
        assertFalse(LaunchOptions.windowOptionsOnly(new String[] {"--data-dir="}));
        assertFalse(LaunchOptions.windowOptionsOnly(new String[] {"--data-dir", "/d", "extra"}), "a stray value");
        assertFalse(LaunchOptions.windowOptionsOnly(new String[] {"--acount-id", "x"}), "a mistyped option");
        assertFalse(LaunchOptions.windowOptionsOnly(new String[] {"--profile", "Fair"}), "managed options are parsed");
    }

    @Test
    void aMistypedOptionIsRefusedWithTheOneMeant() {
        IllegalArgumentException e = refused("--profile", "Acme", "--acount-id", "45355976281015164504");

        assertTrue(e.getMessage().contains("--acount-id"), e.getMessage());
        assertTrue(e.getMessage().contains("--account-id?"), e.getMessage());
    }

    @Test
    void anUnknownOptionFarFromAnyIsRefusedWithWhereToLook() {
        IllegalArgumentException e = refused("--fullscreen");

        assertTrue(e.getMessage().contains("--fullscreen"), e.getMessage());
        assertTrue(e.getMessage().contains("intake --help"), e.getMessage());
        assertFalse(e.getMessage().contains("?"), e.getMessage());
    }

    @Test
    void aMistypedOptionFromATerminalIsPrintedOnStandardErrorNotShownInADialog() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.util.Map<String, String> desktop = java.util.Map.of("DISPLAY", ":0");

        assertTrue(LaunchOptions.refusedWithoutDialog(new String[] {"--imprt", "x.csv"},
                new PrintStream(err, true, StandardCharsets.UTF_8), true, desktop, "Linux", null));

        assertEquals("Unknown option --imprt. Did you mean --import? Run intake --help to see the options."
                + System.lineSeparator(),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(2, LaunchOptions.EXIT_BAD_OPTIONS);
    }

    @Test
    void aWrongManagedOptionFromATerminalIsPrintedNotShownInADialog(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        String missing = dir.resolve("acme.key").toString();
        String[] args = {"--account-id", "45355976281015164504", "--api-key-file", missing};

        assertTrue(LaunchOptions.refusedWithoutDialog(args, new PrintStream(err, true, StandardCharsets.UTF_8), true,
                java.util.Map.of("DISPLAY", ":0"), "Linux", null));

        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.startsWith("--api-key-file: the file " + missing + " does not exist."), said);
        assertEquals(1, said.lines().count(), "one line, no stack trace: " + said);
        assertFalse(LaunchOptions.refusedWithoutDialog(args, new PrintStream(err, true, StandardCharsets.UTF_8),
                false, java.util.Map.of("DISPLAY", ":0"), "Linux", null), "from the desktop: the window's dialog");
    }

    @Test
    void aDialogIsOnlyForAStartFromTheDesktop() {
        java.util.Map<String, String> x11 = java.util.Map.of("DISPLAY", ":0");
        assertTrue(LaunchOptions.tellInDialog(false, x11, "Linux", null), "menu or dock: the window says it");
        assertTrue(LaunchOptions.tellInDialog(false, java.util.Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux",
                null));
        assertTrue(LaunchOptions.tellInDialog(false, java.util.Map.of(), "Windows 11", null));
        assertFalse(LaunchOptions.tellInDialog(true, x11, "Linux", null), "a terminal: standard error");
        assertFalse(LaunchOptions.tellInDialog(false, java.util.Map.of(), "Linux", null), "no display at all");
        assertFalse(LaunchOptions.tellInDialog(false, x11, "Linux", "Headless"), "nobody could close it");
        assertFalse(LaunchOptions.tellInDialog(true, java.util.Map.of(), "Mac OS X", null));

        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        assertFalse(LaunchOptions.refusedWithoutDialog(new String[] {"--imprt"},
                new PrintStream(err, true, StandardCharsets.UTF_8), false, x11, "Linux", null),
                "left to the window's dialog");
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertFalse(LaunchOptions.refusedWithoutDialog(new String[] {"--data-dir", "d"},
                new PrintStream(err, true, StandardCharsets.UTF_8), true, x11, "Linux", null), "nothing wrong");
    }

    @Test
    void aValueWithoutItsOptionIsRefused() {
        IllegalArgumentException e = refused("--smoke-test", "report.pdf");

        assertTrue(e.getMessage().contains("report.pdf"), e.getMessage());
    }

    @Test
    void aMissingValueIsLeftToTheOptionsOwnReaderWhichGivesAnExample() {
        assertDoesNotThrow(() -> LaunchOptions.check(List.of("--data-dir", "--smoke-test")));
    }

    @Test
    void theAppDoesNotStartOnAMistypedManagedOptionAndSaysWhichWasMeant() {
        RecordingStartupDialogs dialogs = new RecordingStartupDialogs();
        Path data = dir.resolve("data");

        try (FxTaskExecutor executor = new FxTaskExecutor()) {
            ProductionServicesFactory factory = new ProductionServicesFactory(dialogs, executor);
            assertThrows(StartupCancelledException.class, () -> factory.create(List.of("--config-dir",
                    dir.resolve("config").toString(), "--data-dir", data.toString(), "--acount-id", "42")));
        }

        assertEquals(1, dialogs.cannotStart.size());
        assertTrue(dialogs.cannotStart.getFirst().contains("--account-id"), dialogs.cannotStart.getFirst());
        assertFalse(Files.exists(data), "nothing was opened or created");
    }
}
