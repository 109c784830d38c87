package dev.intake.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.common.FxTaskExecutor;
import dev.intake.store.Database;
import dev.intake.store.OpenResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What start-up tells or asks when the data folder is in trouble, with the real alerts: they now come while the main
 * window already shows, and the window goes on from the answer.
 */
@ExtendWith(ApplicationExtension.class)
class StartupProblemsUiTest {
    private static final int TIMEOUT_SECONDS = 30;
    @TempDir
    Path dir;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private IntakeApp app;
    private Stage stage;
    private Database otherIntake;

    private void start() throws Exception {
        List<String> args = Stream.of("--config-dir", dir.resolve("config").toString(), "--data-dir",
                dir.resolve("data").toString()).toList();
        ProductionServicesFactory factory = new ProductionServicesFactory(new FxStartupDialogs(), executor);
        app = new IntakeApp(ignored -> factory.create(args), (owner, title, multiple) -> List.of(),
                executor);
        app.init();
        stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage shown = new Stage();
            app.start(shown);
            return shown;
        }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            WaitForAsyncUtils.asyncFx(stage::close).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            app.stop();
        }
        if (otherIntake != null) {
            otherIntake.close();
        }
    }

    private static Set<String> noticeTexts(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".notice .label").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet())).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void anotherIntakeOnTheSameDataIsAskedAboutOverTheWindowAndReadOnlyIsOpened(FxRobot robot) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        otherIntake = ((OpenResult.Opened) Database.open(data, Clock.systemUTC())).database();

        start();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup("Open read-only").tryQuery().isPresent());
        assertTrue(stage.isShowing(), "the main window is already up behind the question");
        assertTrue(robot.lookup("Intake is already open").tryQuery().isPresent());
        robot.clickOn(robot.lookup("Open read-only").queryAs(Button.class));

        app.ready().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.workspace().orElseThrow().readOnly());
        assertTrue(noticeTexts(robot).stream().anyMatch(text -> text.startsWith("Read-only: another Intake window")),
                noticeTexts(robot).toString());
        Node firstName = robot.lookup("#firstName").query();
        assertTrue(firstName.isVisible(), "the wizard is there to look at");
    }

    @Test
    void aDamagedDataFileIsKeptAsideAndTheWindowSaysWhere(FxRobot robot) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve(Database.FILE_NAME), "this is not a database, but someone's work",
                StandardCharsets.UTF_8);

        start();
        app.ready().toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        Set<String> notices = noticeTexts(robot);
        String kept = notices.stream().filter(text -> text.startsWith("The data file could not be read"))
                .findFirst().orElseThrow(() -> new AssertionError(notices.toString()));
        try (Stream<Path> files = Files.list(data)) {
            Path keptFile = files.filter(file -> kept.contains(file.getFileName().toString())
                    && !file.getFileName().toString().equals(Database.FILE_NAME)).findFirst()
                    .orElseThrow(() -> new AssertionError("the notice names no file in " + data + ": " + kept));
            assertEquals("this is not a database, but someone's work", Files.readString(keptFile));
        }
        assertTrue(!app.workspace().orElseThrow().readOnly());
    }
}
