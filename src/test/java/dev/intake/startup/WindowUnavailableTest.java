package dev.intake.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

// The assertions look for what both languages keep as is (variable names, commands, the reason), so that they hold
// whatever the machine's locale.
class WindowUnavailableTest {
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    /** What JavaFX's GTK toolkit throws when it finds no X display. */
    private static RuntimeException noDisplay() {
        return new UnsupportedOperationException("Unable to open DISPLAY");
    }

    private static Runnable failingWith(RuntimeException failure) {
        return () -> {
            throw failure;
        };
    }

    @Test
    void withoutAnyDisplayItSaysSoAndHowToGetOneInsteadOfAStackTrace() {
        int code = WindowUnavailable.launch(failingWith(noDisplay()), () -> false, Map.of("HOME", "/home/ann"),
                "Linux", err);

        assertEquals(WindowUnavailable.EXIT_CODE, code);
        assertTrue(err().contains("DISPLAY"), err());
        assertTrue(err().contains("ssh -X"), err());
        assertTrue(err().contains("intake --submit"), err());
        assertFalse(err().contains("Exception"), err());
        assertFalse(err().contains("\tat "), err());
    }

    @Test
    void aBlankDisplayVariableCountsAsNone() {
        WindowUnavailable.launch(failingWith(noDisplay()), () -> false, Map.of("DISPLAY", " "), "Linux", err);

        assertTrue(err().contains("ssh -X"), err());
    }

    @Test
    void withADisplayItNamesTheToolkitsReasonTheDisplayAndTheGtkPackage() {
        RuntimeException failure = new RuntimeException("Error initializing QuantumRenderer",
                new UnsatisfiedLinkError("libgtk-3.so.0: cannot open shared object file"));

        int code = WindowUnavailable.launch(failingWith(failure), () -> false, Map.of("DISPLAY", ":1"), "Linux", err);

        assertEquals(WindowUnavailable.EXIT_CODE, code);
        assertTrue(err().contains("libgtk-3.so.0: cannot open shared object file"), err());
        assertTrue(err().contains(":1"), err());
        assertTrue(err().contains("sudo apt install libgtk-3-0"), err());
        assertFalse(err().contains("ssh -X"), err());
    }

    @Test
    void aWaylandSessionIsNamedWhenThereIsNoX11Display() {
        WindowUnavailable.launch(failingWith(noDisplay()), () -> false, Map.of("WAYLAND_DISPLAY", "wayland-0"),
                "Linux", err);

        assertTrue(err().contains("wayland-0"), err());
        assertTrue(err().contains("libgtk-3-0"), err());
    }

    @Test
    void onWindowsTheReasonIsGivenWithoutLinuxAdvice() {
        WindowUnavailable.launch(failingWith(new IllegalStateException("no graphics device")), () -> false, Map.of(),
                "Windows 11", err);

        assertTrue(err().contains("no graphics device"), err());
        assertFalse(err().contains("DISPLAY"), err());
        assertFalse(err().contains("apt"), err());
    }

    @Test
    void aFailureOnceTheAppExistsIsNotBlamedOnTheDesktop() {
        IllegalStateException bug = new IllegalStateException("Exception in Application start method");

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> WindowUnavailable.launch(failingWith(bug), () -> true, Map.of(), "Linux", err));

        assertSame(bug, thrown);
        assertEquals("", err());
    }

    @Test
    void aNormalRunEndsWithZeroAndSaysNothing() {
        int code = WindowUnavailable.launch(() -> { }, () -> true, Map.of(), "Linux", err);

        assertEquals(0, code);
        assertEquals("", err());
    }
}
