package dev.intake.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.app.IntakeApp;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.form.FilePicker;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // No services: these tests look at the window itself, and must not open the user's own data folder.
        new IntakeApp(args -> Optional.empty(), FilePicker.system(), new ImmediateTaskExecutor()).start(stage);
    }

    @Test
    void helpMenuOpensAboutWithThePomVersion(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("About Intake");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#aboutDialog").tryQuery().isPresent());

        DialogPane dialog = robot.lookup("#aboutDialog").queryAs(DialogPane.class);
        assertEquals("Version " + pomVersion(), robot.from(dialog).lookup("#version").queryAs(Label.class).getText());
        assertEquals("Intake", dialog.getHeaderText());
        assertTrue(robot.from(dialog).lookup("#description").queryAs(Label.class).getText().contains("StackOne"));
        Window window = dialog.getScene().getWindow();
        assertSame(stage, ((Stage) window).getOwner(), "the dialog belongs to the main window");

        robot.clickOn("Close");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !window.isShowing());
    }

    private static String pomVersion() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        return XPathFactory.newInstance().newXPath().evaluate("/project/version", pom);
    }
}
