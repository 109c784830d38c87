package dev.intake;

import dev.intake.app.LaunchOptions;
import dev.intake.app.ProductionServicesFactory;
import dev.intake.app.WindowLaunch;
import dev.intake.common.FxTaskExecutor;
import dev.intake.startup.WindowUnavailable;

/**
 * Process entry point: makes the one executor first, then runs a command or the window on it. Kept apart from the
 * app so that start-up can run before the toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Closed last: the process waits for the work still running (a draft, where the window was) to finish.
        try (FxTaskExecutor executor = new FxTaskExecutor()) {
            dev.intake.ats.OkHttpTransport.useDesktopProxySettings();
            if (dev.intake.sandbox.SandboxCommand.runIfRequested(args)) {
                return;
            }
            if (dev.intake.importing.ImportCommand.runIfRequested(args,
                    new dev.intake.connections.MachineConnections(), executor)) {
                return;
            }
            if (dev.intake.cli.OutboxCommand.runIfRequested(args, executor)) {
                return;
            }
            if (LaunchOptions.printIfAsked(args, System.out)) {
                return;
            }
            java.io.Console console = System.console();
            if (LaunchOptions.refusedWithoutDialog(args, System.err, console != null && console.isTerminal(),
                    System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"))) {
                System.exit(LaunchOptions.EXIT_BAD_OPTIONS);
            }
            // Before the toolkit starts, so that reading the settings overlaps its start.
            WindowLaunch window = new WindowLaunch(args, executor, ProductionServicesFactory.readAhead(args, executor));
            int windowless = WindowUnavailable.launch(window::run, window::toolkitStarted, System.getenv(),
                    System.getProperty("os.name", ""), System.err);
            if (windowless != 0) {
                System.exit(windowless);
            }
        }
    }
}
