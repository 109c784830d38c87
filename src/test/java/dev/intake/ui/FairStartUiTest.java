package dev.intake.ui;

import static dev.intake.ui.Fx.await;
import static dev.intake.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.sandbox.SandboxOptions;
import dev.intake.sandbox.SandboxServer;
import dev.intake.store.FairEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * {@code intake --event NAME} and {@code --kiosk} as a managed install starts them, against a StackOne-like server:
 * the event made, its pack fetched from that server, and the booth's screen ready to type into.
 */
@ExtendWith(ApplicationExtension.class)
class FairStartUiTest {
    private static final String EVENT = "Berlin Tech Fair 2026";

    @TempDir
    Path dir;
    private SandboxServer acme;
    private Path key;
    private RunningApp running;

    @BeforeEach
    void startServer() throws Exception {
        acme = SandboxServer.start(SandboxOptions.defaults());
        key = Files.writeString(dir.resolve("acme.key"), acme.apiKey());
    }

    @AfterEach
    void close() throws Exception {
        closeKiosks();
        if (running != null) {
            running.close();
        }
        acme.close();
    }

    private RunningApp start(String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("--profile", "Acme", "--base-url",
                acme.baseUrl().toString(), "--account-id", acme.accountId(), "--api-key-file", key.toString()));
        args.addAll(List.of(more));
        return RunningApp.start(dir, args.toArray(String[]::new));
    }

    @Test
    void eventOpensQuickEntryOnTheFetchedPackWithTheFocusInFirstName(FxRobot robot) throws Exception {
        running = start("--event", EVENT);
        TabPane tabs = running.node(robot, ".tab-pane");
        await(() -> tabs.getSelectionModel().getSelectedItem().getText().equals("Quick entry — " + EVENT));
        await(() -> focusId(running.stage).equals("firstName"));
        FairEvent event = running.workspace().events().byName(EVENT).orElseThrow();
        assertEquals("Acme", fx(() -> running.app.wizard().orElseThrow().profile().name()));
        assertEquals(fx(() -> running.app.wizard().orElseThrow().profile().id()), event.profileId(),
                "the event belongs to the profile the command line named");
        assertFalse(running.workspace().eventPacks().cached(event.id()).orElseThrow().openJobs().isEmpty(),
                "the pack was fetched from the server");
        robot.write("Ada");
        await(() -> robot.lookup("#firstName").queryTextInputControl().getText().equals("Ada"));
    }

    @Test
    void kioskOpensAndAKillLeavesItToBeOpenedAgainAtTheNextStart(FxRobot robot) throws Exception {
        running = start("--event", EVENT, "--kiosk");
        // A new event has no PIN yet: staff choose one before the kiosk opens.
        await(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        robot.clickOn(".dialog-pane .text-field").write("2468").type(KeyCode.ENTER);
        await(() -> kiosk().isPresent());
        await(() -> focusId(kiosk().orElseThrow()).equals("firstName"));
        assertTrue(running.workspace().events().byName(EVENT).orElseThrow().kioskPinHash() != null);

        // Stopped without the PIN (as by a kill or a crash): the kiosk's marker stays behind.
        running.close();
        closeKiosks();
        running = start();
        await(() -> kiosk().isPresent());
    }

    private static Optional<Stage> kiosk() throws Exception {
        return fx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().getRoot().getStyleClass().contains("kiosk"))
                .map(Stage.class::cast).findFirst());
    }

    private static void closeKiosks() throws Exception {
        fx(() -> {
            List.copyOf(Window.getWindows()).stream().filter(w -> w.getScene() != null
                    && w.getScene().getRoot().getStyleClass().contains("kiosk")).forEach(Window::hide);
            return null;
        });
    }

    private static String focusId(Stage stage) throws Exception {
        return fx(() -> {
            Node owner = stage.getScene().getFocusOwner();
            return owner == null || owner.getId() == null ? "" : owner.getId();
        });
    }
}
