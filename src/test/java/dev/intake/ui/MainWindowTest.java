package dev.intake.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.intake.IntakeApp;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        new IntakeApp().start(stage);
    }

    @Test
    void mainWindowShowsTitleAndWelcome(FxRobot robot) {
        assertEquals("Intake", stage.getTitle());
        assertEquals("Intake is starting.", robot.lookup("#welcome").queryAs(Label.class).getText());
    }
}
