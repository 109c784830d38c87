package dev.intake.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.intake.config.Settings;
import dev.intake.config.SettingsStore;

import dev.intake.accounts.FileCredentialStore;
import dev.intake.ats.ProxyConfig;
import dev.intake.common.FxTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import dev.intake.common.Theme;
import dev.intake.testing.Layouts;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.intake.messages", Locale.ROOT);

    @TempDir
    Path dir;
    private FxTaskExecutor executor;
    private SettingsStore store;
    private SettingsViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxTaskExecutor();
        store = new SettingsStore(dir);
        vm = new SettingsViewModel(store, new FileCredentialStore(dir.resolve("credentials.json")),
                executor, MESSAGES, Settings.DEFAULTS, () -> "report");
        stage.setScene(new Scene(SettingsController.load(vm, MESSAGES)));
        stage.show();
    }

    private static ToggleButton themeButton(FxRobot robot, String text) {
        return robot.lookup("#themeChoice .toggle-button").match((Node node) -> node instanceof ToggleButton button
                && text.equals(button.getText())).queryAs(ToggleButton.class);
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void theThemeIsOneClickAwayAndAlwaysOneIsChosen(FxRobot robot) throws Exception {
        ToggleButton system = themeButton(robot, "Like the system");
        assertTrue(system.isSelected(), "the theme in effect is chosen");
        robot.clickOn(themeButton(robot, "Dark"));
        assertEquals(Theme.DARK, vm.themeProperty().get());
        robot.clickOn(themeButton(robot, "Dark"));
        assertTrue(themeButton(robot, "Dark").isSelected(), "clicking the chosen theme keeps it chosen");
        assertEquals(Theme.DARK, vm.themeProperty().get());

        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Settings saved.".equals(
                robot.lookup("#status").queryAs(Label.class).getText()));
        assertEquals(Theme.DARK, store.load().theme());
    }

    @Test
    void clearingTheDataFolderGoesBackToTheDefaultAndItsMessage(FxRobot robot) {
        robot.clickOn("#dataDirectoryField").write("relative/folder");
        Layouts.settle();
        robot.clickOn("#retentionField");
        Label error = robot.lookup("#dataDirectoryError").queryAs(Label.class);
        assertTrue(error.isVisible() && error.getText().startsWith("Give the full path"), error.getText());
        assertTrue(robot.lookup("#dataDirectoryField").query().getPseudoClassStates().stream()
                .anyMatch(state -> state.getPseudoClassName().equals("invalid")));

        robot.clickOn(robot.lookup("#dataDirectoryField .clear-button").<Node>query());
        assertEquals("", vm.dataDirectory().get());
        assertFalse(error.isVisible(), "an empty folder means the default one, which is fine");
    }

    @Test
    void theKeyboardMovesThroughTheDialogInReadingOrderAndPicksATheme(FxRobot robot) throws Exception {
        robot.clickOn("#explicitProxy");
        robot.clickOn("#dataDirectoryField");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            robot.type(KeyCode.TAB);
            order.add(focusedName(robot));
        }
        assertEquals(List.of("browseButton", "theme:Like the system", "retentionField", "languageChoice",
                "explicitProxy", "proxyHostField", "proxyPortField", "proxyUserField", "proxyPasswordField",
                "diagnosticsButton", "saveButton", "closeButton"), order, "one stop per group, the chosen one");

        robot.clickOn("#dataDirectoryField").type(KeyCode.TAB, KeyCode.TAB);
        robot.type(KeyCode.RIGHT);
        assertEquals("theme:Light", focusedName(robot), "arrows move within the themes");
        robot.type(KeyCode.SPACE);
        assertEquals(Theme.LIGHT, vm.themeProperty().get());
    }

    private static String focusedName(FxRobot robot) {
        Node focused = robot.listTargetWindows().getFirst().getScene().getFocusOwner();
        return focused.getId() != null ? focused.getId()
                : focused instanceof ToggleButton button ? "theme:" + button.getText() : focused.toString();
    }

    @Test
    void explicitProxyNeedsAValidPortThenSaves(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#proxyFields").query().isDisabled(), "proxy fields wait for 'Use this proxy'");
        robot.clickOn("#explicitProxy");
        assertFalse(robot.lookup("#proxyFields").query().isDisabled());
        robot.clickOn("#proxyHostField").write("proxy.corp");
        robot.clickOn("#proxyPortField").write("80a");
        Layouts.settle();
        robot.clickOn("#saveButton");
        assertEquals("The proxy port must be a number from 1 to 65535, for example 3128 (not \u201c80a\u201d).",
                robot.lookup("#proxyPortError").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#proxyPortField").query().isFocused(), "the field to fix has the focus");

        robot.doubleClickOn("#proxyPortField").write("3128");
        Layouts.settle();
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Settings saved.".equals(
                robot.lookup("#status").queryAs(Label.class).getText()));
        assertEquals(ProxyConfig.explicit("proxy.corp", 3128, null), store.load().proxy());
    }
}
