package dev.intake.startup;

import dev.intake.form.Messages;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * When JavaFX cannot open any window at all (a terminal or SSH session without a graphical display, GTK 3 missing
 * on Linux), says so and what to do, and exits with {@link #EXIT_CODE}, instead of the toolkit's stack trace.
 */
public final class WindowUnavailable {
    /** Exit code when no window could be opened. */
    public static final int EXIT_CODE = 1;

    private WindowUnavailable() {
    }

    /**
     * Runs {@code launch}, which returns once the app has quit, and returns 0. If it fails before the toolkit
     * started ({@code toolkitStarted} still false), the desktop offers no window: prints why and what to do on
     * {@code err} and returns {@link #EXIT_CODE}. A failure once the toolkit runs is not the desktop's and is
     * rethrown.
     */
    public static int launch(Runnable launch, BooleanSupplier toolkitStarted, Map<String, String> environment,
            String osName, PrintStream err) {
        try {
            launch.run();
            return 0;
        } catch (RuntimeException | Error e) {
            if (toolkitStarted.getAsBoolean()) {
                throw e;
            }
            err.println(explain(e, environment, osName));
            err.flush();
            return EXIT_CODE;
        }
    }

    /** What to tell the user when the toolkit failed with {@code failure}, given the process's environment. */
    static String explain(Throwable failure, Map<String, String> environment, String osName) {
        // Loaded only here: before the toolkit starts, every millisecond delays the window.
        Messages messages = Messages.load();
        boolean windowsOrMac = osName.startsWith("Windows") || osName.startsWith("Mac");
        if (windowsOrMac) {
            return messages.get("window.unavailable.other", reason(failure));
        }
        String display = environment.getOrDefault("DISPLAY", "").strip();
        String wayland = environment.getOrDefault("WAYLAND_DISPLAY", "").strip();
        if (display.isEmpty() && wayland.isEmpty()) {
            return messages.get("window.unavailable.noDisplay");
        }
        return messages.get("window.unavailable.linux", reason(failure), display.isEmpty() ? wayland : display);
    }

    /** The innermost message: the toolkit wraps the one that names the problem. */
    private static String reason(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return Objects.requireNonNullElse(innermost.getMessage(), innermost.getClass().getSimpleName());
    }
}
