package dev.intake.ui;

import static dev.intake.ui.Fx.await;
import static dev.intake.ui.Fx.fx;

import dev.intake.app.AppServices;
import dev.intake.app.IntakeApp;
import dev.intake.app.ProductionServicesFactory;
import dev.intake.app.ServicesFactory;
import dev.intake.app.Workspace;
import dev.intake.common.FxTaskExecutor;
import dev.intake.fair.FairLaunch;
import dev.intake.sandbox.SandboxServer;
import dev.intake.testing.RecordingStartupDialogs;
import dev.intake.window.WindowPlacements;
import dev.intake.wizard.WizardViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The installed application as a user starts it, on temporary config and data folders: {@code init()} on this
 * thread (as the launcher does, off the UI thread), then the window on the UI thread.
 */
final class RunningApp implements AutoCloseable {
    final IntakeApp app;
    final Stage stage;
    final RecordingStartupDialogs dialogs;

    private RunningApp(IntakeApp app, Stage stage, RecordingStartupDialogs dialogs) {
        this.app = app;
        this.stage = stage;
        this.dialogs = dialogs;
    }

    static RunningApp start(Path dir, String... moreArgs) throws Exception {
        List<String> args = Stream.concat(Stream.of("--config-dir", dir.resolve("config").toString(), "--data-dir",
                dir.resolve("data").toString()), Stream.of(moreArgs)).toList();
        RecordingStartupDialogs dialogs = new RecordingStartupDialogs();
        // The process's one executor, as main makes it; the workspace closes it when the app stops.
        FxTaskExecutor executor = new FxTaskExecutor();
        ProductionServicesFactory factory = new ProductionServicesFactory(dialogs, executor);
        // Every part of the factory on these arguments, whatever the launcher's are.
        ServicesFactory onTheseArgs = new ServicesFactory() {
            @Override
            public Optional<AppServices> create(List<String> ignored) {
                return factory.create(args);
            }

            @Override
            public Appearance appearance(List<String> ignored) {
                return factory.appearance(args);
            }

            @Override
            public WindowPlacements windowPlacements(List<String> ignored) {
                return factory.windowPlacements(args);
            }

            @Override
            public FairLaunch fairLaunch(List<String> ignored) {
                return factory.fairLaunch(args);
            }
        };
        IntakeApp app = new IntakeApp(onTheseArgs, (owner, title, multiple) -> List.of(), executor);
        app.init();
        Stage stage = fx(() -> {
            Stage shown = new Stage();
            app.start(shown);
            return shown;
        });
        // As installed, the window shows first and takes its wizard once the services are ready.
        app.ready().toCompletableFuture().get(30, TimeUnit.SECONDS);
        return new RunningApp(app, stage, dialogs);
    }

    Workspace workspace() {
        return app.workspace().orElseThrow();
    }

    /** The embedded sandbox the app started for its Sandbox profile. */
    SandboxServer sandbox() {
        return workspace().connections().runningSandbox().orElseThrow();
    }

    /** The wizard once its jobs are listed. */
    WizardViewModel readyWizard() throws Exception {
        await(() -> app.wizard().map(w -> !w.job().jobMatches().isEmpty()).orElse(false));
        return fx(() -> app.wizard().orElseThrow());
    }

    <T extends Node> T node(FxRobot robot, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query).query();
    }

    @Override
    public void close() throws Exception {
        fx(() -> {
            stage.close();
            return null;
        });
        app.stop();
    }
}
