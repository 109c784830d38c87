package dev.intake.app;

import dev.intake.common.FxTaskExecutor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * The window as {@code main} starts it, in a process of its own; once the form is in place (the services started),
 * its user closes the window. Prints {@link #QUIT} once {@link WindowLaunch#run()} has returned.
 */
public final class WindowLaunchRunner {
    static final String QUIT = "QUIT";

    private WindowLaunchRunner() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ScheduledExecutorService user = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "window-user");
            thread.setDaemon(true);
            return thread;
        });
        user.schedule(() -> Runtime.getRuntime().halt(3), 2, TimeUnit.MINUTES);
        try (FxTaskExecutor executor = new FxTaskExecutor()) {
            WindowLaunch launch = new WindowLaunch(args, executor, ProductionServicesFactory.readAhead(args, executor));
            // Looks now and then (the toolkit is the launch's to start) until the form is there, then closes it.
            user.scheduleWithFixedDelay(() -> {
                if (launch.toolkitStarted()) {
                    Platform.runLater(WindowLaunchRunner::closeOnceReady);
                }
            }, 100, 100, TimeUnit.MILLISECONDS);
            launch.run();
        }
        out.println(QUIT);
    }

    /** On the UI thread: closes every window once the main one holds the form rather than the placeholder. */
    private static void closeOnceReady() {
        List<Window> windows = List.copyOf(Window.getWindows());
        boolean ready = !windows.isEmpty() && windows.stream().allMatch(window -> window.getScene() != null
                && window.getScene().getRoot().lookup(".starting") == null
                && window.getScene().getRoot().lookup(".wizard") != null);
        if (ready) {
            windows.forEach(Window::hide);
        }
    }
}
