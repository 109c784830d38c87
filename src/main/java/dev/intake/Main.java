package dev.intake;

import dev.intake.app.IntakeApp;
import dev.intake.app.LaunchOptions;
import dev.intake.app.ProductionServicesFactory;
import dev.intake.startup.WindowUnavailable;
import javafx.application.Application;

/** Process entry point: kept apart from {@link IntakeApp} so start-up can run before the toolkit. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        dev.intake.ats.OkHttpTransport.useDesktopProxySettings();
        if (dev.intake.sandbox.SandboxCommand.runIfRequested(args)) {
            return;
        }
        if (dev.intake.importing.ImportCommand.runIfRequested(args, new dev.intake.connections.MachineConnections())) {
            return;
        }
        if (dev.intake.cli.OutboxCommand.runIfRequested(args)) {
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
        ProductionServicesFactory.readAhead(args);
        int windowless = WindowUnavailable.launch(() -> Application.launch(IntakeApp.class, args),
                IntakeApp::wasCreated, System.getenv(), System.getProperty("os.name", ""), System.err);
        if (windowless != 0) {
            System.exit(windowless);
        }
    }
}
