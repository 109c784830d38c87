package dev.intake.startup;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * {@code --smoke-test}: the app starts as usual, and once its main window has drawn its first frame, answered a
 * pointer movement and become ready for work (for Intake: the wizard laid out on screen, its services started),
 * prints how long each took from process start and the resident memory at that point, then exits with 0 (1 if that
 * does not happen in time). Packaging checks use it on the installed launcher; with
 * {@code -Dglass.platform=Headless} it needs no display.
 */
public final class SmokeTest {
    public static final String OPTION = "--smoke-test";
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);
    static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(10);

    private SmokeTest() {
    }

    /** For a window that is ready for work as soon as it shows; call right after showing it. */
    public static void runIfRequested(Application.Parameters parameters, Stage mainWindow) {
        runIfRequested(parameters, mainWindow, CompletableFuture.completedFuture(null));
    }

    /**
     * Watches the main window if the app was started with {@link #OPTION}; call right after showing it.
     * {@code ready} completes when the window is ready for work.
     */
    public static void runIfRequested(Application.Parameters parameters, Stage mainWindow, CompletionStage<?> ready) {
        runIfRequested(parameters, mainWindow, ready, CompletableFuture.completedFuture(null));
    }

    /**
     * As above; {@code settled} completes when the work the app starts right after it is ready is done too. The
     * figures are printed at once, but the process exits only then (or after {@link #SETTLE_TIMEOUT}), so that a
     * run that trains the AOT cache records the classes of that work as well.
     */
    public static void runIfRequested(Application.Parameters parameters, Stage mainWindow, CompletionStage<?> ready,
                                      CompletionStage<?> settled) {
        if (parameters != null) {
            runIfRequested(parameters.getRaw(), mainWindow, ready, settled, Platform::exit);
        }
    }

    /**
     * As above, for an app started on the command line {@code args} (not by {@code Application.launch}); at the
     * end, {@code quit} shuts the app down normally (its {@code stop()} runs) before the verdict ends the process.
     */
    public static void runIfRequested(List<String> args, Stage mainWindow, CompletionStage<?> ready,
                                      CompletionStage<?> settled, Runnable quit) {
        if (args.contains(OPTION)) {
            run(mainWindow, ready, settled, System.out, quit);
        }
    }

    static void run(Stage mainWindow, CompletionStage<?> ready, CompletionStage<?> settled, PrintStream out,
            Runnable quit) {
        Thread fxThread = Thread.currentThread();
        CompletableFuture<Duration> readyAt = ready.toCompletableFuture()
                .thenApply(ignored -> StartupProbe.sinceProcessStart());
        StartupProbe.watch(mainWindow)
                .thenCombine(readyAt, SmokeTest::summary)
                .orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                // Off the UI thread, whichever completed last: exiting waits for the UI thread to end.
                .whenCompleteAsync((summary, failure) -> {
                    if (failure == null) {
                        out.println("smoke-test passed: " + summary);
                        awaitSettled(settled);
                        exit(0, fxThread, quit);
                    } else {
                        out.println("smoke-test failed: the main window did not draw, answer input and get ready "
                                + "within " + TIMEOUT.toSeconds() + " s (" + failure + ")");
                        exit(1, fxThread, quit);
                    }
                });
    }

    /** The probe's figures, when the window was ready (never before it answered input), and memory by then. */
    static String summary(StartupProbe.Result frame, Duration readyAt) {
        Duration ready = readyAt.compareTo(frame.inputAnswered()) > 0 ? readyAt : frame.inputAnswered();
        return "first-frame-ms=" + frame.firstFrame().toMillis()
                + " input-ms=" + frame.inputAnswered().toMillis()
                + " ready-ms=" + ready.toMillis()
                + " first-frame-epoch-ms=" + frame.firstFrameAt().toEpochMilli()
                + " rss-kb=" + StartupProbe.residentKb();
    }

    /** Whether that work succeeded is the app's concern (it reports failures itself); only its end counts here. */
    private static void awaitSettled(CompletionStage<?> settled) {
        try {
            settled.toCompletableFuture().get(SETTLE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Exit all the same: the figures are out, and the verdict is the window's.
        }
    }

    private static void exit(int status, Thread fxThread, Runnable quit) {
        // A normal shutdown first (the app's stop() runs); then, as services started by the app may hold
        // non-daemon threads, the verdict ends the process.
        quit.run();
        try {
            fxThread.join(SHUTDOWN_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(status);
    }
}
