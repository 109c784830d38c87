package dev.intake.startup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class StartupProbeTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void reportsFirstFrameThenInputCountedFromProcessStart(FxRobot robot) throws Exception {
        Instant before = Instant.now();
        Duration alive = StartupProbe.sinceProcessStart();

        CompletableFuture<StartupProbe.Result> watched = new CompletableFuture<>();
        robot.interact(() -> {
            stage.setScene(new Scene(new Label("probe"), 300, 200));
            stage.show();
            StartupProbe.watch(stage).whenComplete((result, failure) -> {
                if (failure == null) {
                    watched.complete(result);
                } else {
                    watched.completeExceptionally(failure);
                }
            });
        });
        StartupProbe.Result result = watched.get(30, TimeUnit.SECONDS);

        assertTrue(result.firstFrame().compareTo(alive) >= 0,
                "the process was already " + alive + " old, but the frame came at " + result.firstFrame());
        assertTrue(result.inputAnswered().compareTo(result.firstFrame()) >= 0, result.summary());
        assertTrue(!result.firstFrameAt().isBefore(before.minusMillis(10)), result.summary());
        assertTrue(result.residentKb() > 10_000, result.summary());
        assertTrue(result.summary().matches(
                "first-frame-ms=\\d+ input-ms=\\d+ first-frame-epoch-ms=\\d+ rss-kb=\\d+"), result.summary());
    }

    @Test
    void refusesAWindowThatIsNotShowing(FxRobot robot) {
        robot.interact(() -> {
            Stage hidden = new Stage();
            hidden.setScene(new Scene(new Label("hidden")));
            try {
                StartupProbe.watch(hidden);
                throw new AssertionError("a hidden window was accepted");
            } catch (IllegalStateException expected) {
                assertTrue(expected.getMessage().contains("showing"));
            }
        });
    }
}
