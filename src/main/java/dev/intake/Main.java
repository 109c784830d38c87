package dev.intake;

import javafx.application.Application;

/** Process entry point: kept apart from {@link IntakeApp} so start-up can run before the toolkit. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        dev.intake.accounts.OkHttpTransport.useDesktopProxySettings();
        if (dev.intake.sandbox.SandboxCommand.runIfRequested(args)) {
            return;
        }
        if (dev.intake.outbox.OutboxCommand.runIfRequested(args)) {
            return;
        }
        ProductionServicesFactory.readAhead(args);
        Application.launch(IntakeApp.class, args);
    }
}
