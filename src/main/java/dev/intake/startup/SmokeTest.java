package dev.intake.startup;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * {@code --smoke-test}: the app starts as usual, and once its main window has drawn its first frame and answered
 * a pointer movement, prints how long that took from process start and exits with 0 (1 if that does not happen in
 * time). Packaging checks use it on the installed launcher; with {@code -Dglass.platform=Headless} it needs no
 * display.
 */
public final class SmokeTest {
    public static final String OPTION = "--smoke-test";
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

    private SmokeTest() {
    }

    /** Watches the main window if the app was started with {@link #OPTION}; call right after showing it. */
    public static void runIfRequested(Application.Parameters parameters, Stage mainWindow) {
        if (parameters != null && parameters.getRaw().contains(OPTION)) {
            run(mainWindow, System.out);
        }
    }

    static void run(Stage mainWindow, PrintStream out) {
        Thread fxThread = Thread.currentThread();
        StartupProbe.watch(mainWindow)
                .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                .whenComplete((result, failure) -> {
                    if (failure == null) {
                        out.println("smoke-test passed: " + result.summary());
                        exit(0, fxThread);
                    } else {
                        out.println("smoke-test failed: the main window did not draw and answer input within "
                                + TIMEOUT.toSeconds() + " s (" + failure + ")");
                        exit(1, fxThread);
                    }
                });
    }

    private static void exit(int status, Thread fxThread) {
        // A normal shutdown first (the app's stop() runs); then, as services started by the app may hold
        // non-daemon threads, the verdict ends the process.
        Platform.exit();
        try {
            fxThread.join(SHUTDOWN_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(status);
    }
}
