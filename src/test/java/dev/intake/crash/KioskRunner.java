package dev.intake.crash;

import dev.intake.app.AppServices;
import dev.intake.app.IntakeApp;
import dev.intake.app.ProductionServicesFactory;
import dev.intake.app.ServicesFactory;
import dev.intake.common.FxTaskExecutor;
import dev.intake.fair.FairLaunch;
import dev.intake.testing.RecordingStartupDialogs;
import dev.intake.window.WindowPlacements;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The child process of {@link KioskKillTest}: starts Intake as installed (headless toolkit, real services) on the
 * arguments given, answers the kiosk PIN prompt with {@link #PIN}, prints {@link #KIOSK} once a kiosk window shows,
 * then waits to be killed (or gives up after three minutes, should the test be gone).
 */
public final class KioskRunner {
    static final String KIOSK = "kiosk shown";
    static final String PIN = "2468";

    private KioskRunner() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kiosk-runner");
            thread.setDaemon(true);
            return thread;
        });
        timer.schedule(() -> Runtime.getRuntime().halt(3), 3, TimeUnit.MINUTES);
        List<String> arguments = Arrays.asList(args);
        FxTaskExecutor executor = new FxTaskExecutor();
        ProductionServicesFactory production = new ProductionServicesFactory(new RecordingStartupDialogs(),
                executor);
        IntakeApp app = new IntakeApp(new ServicesFactory() {
            @Override
            public Optional<AppServices> create(List<String> ignored) {
                return production.create(arguments);
            }

            @Override
            public WindowPlacements windowPlacements(List<String> ignored) {
                return production.windowPlacements(arguments);
            }

            @Override
            public FairLaunch fairLaunch(List<String> ignored) {
                return production.fairLaunch(arguments);
            }
        }, (owner, title, multiple) -> List.of(), executor);

        Platform.startup(() -> { });
        app.init();
        Platform.runLater(() -> {
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(window -> window.addEventHandler(WindowEvent.WINDOW_SHOWN,
                            shown -> answer(window, out)));
                }
            });
            try {
                app.start(new Stage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        new CountDownLatch(1).await(); // until killed
    }

    /** Staff at the PIN prompt type the PIN; a kiosk is reported. */
    private static void answer(Window window, PrintStream out) {
        if (window.getScene() == null) {
            return;
        }
        Node root = window.getScene().getRoot();
        if (root.getStyleClass().contains("kiosk")) {
            out.println(KIOSK);
            return;
        }
        if (root.lookup(".dialog-pane") instanceof DialogPane pane
                && pane.lookup(".text-field") instanceof TextField pin) {
            // On a later turn: the dialog is still being shown while this handler runs.
            Platform.runLater(() -> {
                pin.setText(PIN);
                ((Button) pane.lookupButton(ButtonType.OK)).fire();
            });
        }
    }
}
