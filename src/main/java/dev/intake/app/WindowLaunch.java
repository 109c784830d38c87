package dev.intake.app;

import dev.intake.common.FxTaskExecutor;
import dev.intake.form.FilePicker;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Starts the toolkit and runs Intake's window until it quits, as {@code Application.launch} would: {@code init()}
 * on the calling thread, {@code start} on the UI thread, {@code stop()} on it once the last window has closed (or the
 * app asked to quit), then the toolkit ends. Here rather than through the launcher, which makes the app by reflection
 * and could hand it the process's executor and the settings read ahead only through static fields.
 */
public final class WindowLaunch {
    private static final System.Logger LOG = System.getLogger(WindowLaunch.class.getName());
    /** How long the end waits for services that were still being built when the window closed. */
    private static final long CLOSE_WAIT_SECONDS = 60;

    private final List<String> args;
    private final FxTaskExecutor executor;
    private final ProductionServicesFactory.ReadAhead readAhead;
    private volatile boolean toolkitStarted;

    public WindowLaunch(String[] args, FxTaskExecutor executor, ProductionServicesFactory.ReadAhead readAhead) {
        this.args = List.of(args);
        this.executor = Objects.requireNonNull(executor);
        this.readAhead = Objects.requireNonNull(readAhead);
    }

    /** Whether the toolkit started: a launch failing before that is the desktop's (no display, say). */
    public boolean toolkitStarted() {
        return toolkitStarted;
    }

    /**
     * Returns once the app has quit and what it opened is closed. Throws what the toolkit threw when it cannot start
     * ({@link #toolkitStarted()} still false), or what the app threw while starting.
     */
    public void run() {
        Platform.startup(() -> { });
        toolkitStarted = true;
        // The app ends when its last window closes, as a launched one does; but stop() must run first, which the
        // toolkit's own implicit exit would skip for an app it did not launch.
        Platform.setImplicitExit(false);
        CompletableFuture<Void> quitting = new CompletableFuture<>();
        IntakeApp app = new IntakeApp(new ProductionServicesFactory(executor, readAhead), FilePicker.system(),
                executor, args, () -> quitting.complete(null));
        try {
            app.init();
            if (!quitting.isDone()) {
                Platform.runLater(() -> start(app, quitting));
            }
            quitting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            stop(app);
        }
    }

    private static void start(IntakeApp app, CompletableFuture<Void> quitting) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            if (Window.getWindows().isEmpty()) {
                quitting.complete(null);
            }
        });
        try {
            app.start(new Stage());
        } catch (Exception | Error e) {
            quitting.completeExceptionally(new IllegalStateException("The window could not start", e));
        }
    }

    /** The app's {@code stop()} on the UI thread, then the toolkit's end; waits for what the app opened to close. */
    private static void stop(IntakeApp app) {
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                app.stop();
                stopped.complete(null);
            } catch (Throwable e) {
                stopped.completeExceptionally(e);
            } finally {
                Platform.exit();
            }
        });
        try {
            stopped.get();
            app.closed().toCompletableFuture().get(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(System.Logger.Level.WARNING, "Intake did not close cleanly", e);
        }
    }
}
