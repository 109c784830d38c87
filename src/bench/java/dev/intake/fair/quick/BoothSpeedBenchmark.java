package dev.intake.fair.quick;

import dev.intake.common.FxTaskExecutor;
import dev.intake.common.Fxml;
import dev.intake.common.Stylesheet;
import dev.intake.common.Theme;
import dev.intake.fair.capture.FairJobs;
import dev.intake.fair.capture.RecordingCaptureStore;
import dev.intake.wizard.fakes.InMemoryDraftStore;
import dev.intake.form.Messages;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Quick entry at booth speed: 100 visitors typed through the window with TestFX (headless), as staff would. Measures
 * the time from Ctrl+Enter until the form is ready for the next visitor (First name focused and empty, the UI thread
 * free for the next key), and counts the keystrokes per visitor beyond the values entered (Tab and Ctrl+Enter).
 * Baseline in the same run: the same measure for an ordinary letter typed in First name.
 * Targets: median < 50 ms, p95 < 100 ms, at most 8 keystrokes per visitor.
 * Run with the other benchmarks: {@code ./mvnw -Pbench -DskipTests verify}.
 */
public final class BoothSpeedBenchmark {
    /** Visitors typed before measuring; {@code -Dbooth.warmup=N} to change. */
    private static final int WARMUP = Integer.getInteger("booth.warmup", 5);
    /** Visitors measured; {@code -Dbooth.visitors=N} for a quicker look. */
    private static final int VISITORS = Integer.getInteger("booth.visitors", 100);

    private BoothSpeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        Messages messages = Messages.load();
        RecordingCaptureStore store = new RecordingCaptureStore();
        try (FxTaskExecutor executor = new FxTaskExecutor()) {
            QuickEntryViewModel viewModel = new QuickEntryViewModel(FairJobs.setup(true), store,
                    new InMemoryDraftStore(), executor, messages, Clock.systemUTC());
            QuickEntryController controller = new QuickEntryController(viewModel, messages);
            long[] pressedAt = new long[1];
            long[] readyAfter = new long[WARMUP + VISITORS];
            int[] saved = new int[1];
            List<Long> letters = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            Stage stage = WaitForAsyncUtils.asyncFx(() -> {
                Stage shown = new Stage();
                Scene scene = new Scene(Fxml.load("/fxml/QuickEntry.fxml", messages.bundle(), controller), 820, 700);
                Stylesheet.apply(scene, Theme.LIGHT);
                TextField firstName = (TextField) scene.lookup("#firstName");
                // Before the page's own handling: the moment Ctrl+Enter arrives; then, once the UI thread is free
                // again, whether the form is ready for the next visitor.
                scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                    if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                        pressedAt[0] = System.nanoTime();
                        javafx.application.Platform.runLater(() -> {
                            if (firstName.isFocused() && firstName.getText().isEmpty()) {
                                readyAfter[saved[0]++] = System.nanoTime() - pressedAt[0];
                            }
                        });
                    }
                });
                scene.addEventFilter(KeyEvent.KEY_TYPED, event -> {
                    if (firstName.isFocused() && Character.isLetter(event.getCharacter().codePointAt(0))) {
                        long letterAt = System.nanoTime();
                        javafx.application.Platform.runLater(() -> letters.add(System.nanoTime() - letterAt));
                    }
                });
                shown.setScene(scene);
                shown.show();
                viewModel.start();
                return shown;
            }).get(20, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();

            int extraKeys = 0;
            for (int i = 0; i < WARMUP + VISITORS; i++) {
                int keys = visitor(robot, i);
                if (i >= WARMUP) {
                    extraKeys += keys;
                }
            }
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> store.saved.size() == WARMUP + VISITORS);
            WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);

            if (saved[0] != WARMUP + VISITORS) {
                throw new IllegalStateException("only " + saved[0] + " saves left the form ready");
            }
            double[] millis = Arrays.stream(readyAfter, WARMUP, WARMUP + VISITORS).mapToDouble(n -> n / 1e6)
                    .sorted().toArray();
            double median = millis[millis.length / 2];
            double p95 = millis[(int) Math.ceil(millis.length * 0.95) - 1];
            double perVisitor = extraKeys / (double) VISITORS;
            double[] letter = letters.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
            double letterMedian = letter.length == 0 ? Double.NaN : letter[letter.length / 2];
            System.out.printf("Booth speed, %d visitors: Ctrl+Enter to ready for the next: median %.1f ms "
                    + "(target < 50), p95 %.1f ms (target < 100)%n", VISITORS, median, p95);
            System.out.printf("Baseline, a letter typed in First name: median %.2f ms; Ctrl+Enter costs %.1fx that%n",
                    letterMedian, median / letterMedian);
            System.out.printf("Keystrokes per visitor beyond the typed text: %.1f (target <= 8)%n", perVisitor);
        } finally {
            FxToolkit.cleanupStages();
        }
        System.exit(0);
    }

    /**
     * Types one visitor as staff would, every field filled; returns the keystrokes that only move or save (Tab,
     * Ctrl+Enter), which is what muscle memory has to learn.
     */
    private static int visitor(FxRobot robot, int number) {
        int keys = 0;
        robot.write("Visitor").type(KeyCode.TAB);
        keys++;
        robot.write("Number" + number).type(KeyCode.TAB);
        keys++;
        robot.write("visitor" + number + "@example.com").type(KeyCode.TAB);
        keys++;
        robot.write("+49 151 " + (1000000 + number)).type(KeyCode.TAB);
        keys++;
        if (number == 0) {
            robot.write("back");
        }
        robot.type(KeyCode.TAB);
        keys++;
        // The rating key and Space on the consent enter values, as typed text does: not counted.
        robot.type(List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4).get(number % 4));
        robot.type(KeyCode.TAB);
        keys++;
        robot.write("Asked about the team");
        robot.type(KeyCode.TAB);
        keys++;
        robot.type(KeyCode.SPACE);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        keys++;
        WaitForAsyncUtils.waitForFxEvents();
        return keys;
    }
}
