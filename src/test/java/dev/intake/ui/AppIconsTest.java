package dev.intake.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.intake.app.IntakeApp;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.form.FilePicker;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AppIconsTest {
    private Stage stage;

    @Start
    void start(Stage primary) throws Exception {
        // A stage of its own: other tests start the app on the shared primary stage, adding their own icons.
        stage = new Stage();
        // No services: these tests look at the window itself, and must not open the user's own data folder.
        new IntakeApp(args -> Optional.empty(), FilePicker.system(), new ImmediateTaskExecutor()).start(stage);
    }

    @Test
    void mainWindowCarriesTheIconAtEverySize(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getIcons().size() == 6);
        List<Integer> widths = WaitForAsyncUtils.asyncFx(() -> stage.getIcons().stream()
                .map(icon -> (int) icon.getWidth()).sorted().toList()).get(5, TimeUnit.SECONDS);
        assertEquals(List.of(16, 32, 48, 64, 128, 256), widths);
    }
}
