package dev.intake.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;

/**
 * Times how a window comes up: its first frame and the first input it handles, both measured from the start of
 * the process, so that the launcher, the JVM and the toolkit's start-up are all counted.
 *
 * <p>This class depends on nothing else in Intake: the start-up benchmark compiles it into a hello-world app too,
 * so that both are timed the same way.
 */
public final class StartupProbe {
    /** Linux reports process start times in clock ticks of 1/100 s (USER_HZ is fixed at 100 in the kernel ABI). */
    private static final double TICKS_PER_SECOND = 100.0;

    private StartupProbe() {
    }

    /**
     * What the probe saw.
     *
     * @param firstFrame    time from process start to the end of the first pulse that laid out and painted the window
     * @param inputAnswered time from process start until a pointer movement through the platform reached the scene
     * @param firstFrameAt  wall-clock instant of the first frame (for timing from outside the process)
     * @param residentKb    resident memory of the process once input was answered, or -1 where unknown
     */
    public record Result(Duration firstFrame, Duration inputAnswered, Instant firstFrameAt, long residentKb) {
        /** One line of {@code key=value} fields, stable for scripts. */
        public String summary() {
            return "first-frame-ms=" + firstFrame.toMillis()
                    + " input-ms=" + inputAnswered.toMillis()
                    + " first-frame-epoch-ms=" + firstFrameAt.toEpochMilli()
                    + " rss-kb=" + residentKb;
        }
    }

    /**
     * Starts watching {@code stage}, which must already be showing; call on the JavaFX thread before the first
     * pulse (for example right after {@code stage.show()} in {@code Application.start}). The future completes off
     * the JavaFX thread.
     */
    public static CompletableFuture<Result> watch(Stage stage) {
        if (!Platform.isFxApplicationThread() || !stage.isShowing() || stage.getScene() == null) {
            throw new IllegalStateException("watch a showing stage with a scene, from the JavaFX thread");
        }
        CompletableFuture<long[]> stamps = new CompletableFuture<>();
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // Runs once this pulse, which hands the laid-out scene to the renderer, has finished.
                Platform.runLater(() -> {
                    long frame = System.nanoTime();
                    long frameWallClock = System.currentTimeMillis();
                    awaitPointer(stage, scene, frame, frameWallClock, stamps);
                });
            }
        });
        Platform.requestNextPulse();
        return stamps.thenApplyAsync(StartupProbe::toResult);
    }

    /** Moves the pointer over the window through the platform's robot and waits for the scene to see it. */
    private static void awaitPointer(Stage stage, Scene scene, long frame, long frameWallClock,
                                     CompletableFuture<long[]> stamps) {
        EventHandler<MouseEvent> seen = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                scene.removeEventFilter(MouseEvent.ANY, this);
                stamps.complete(new long[] {frame, frameWallClock, System.nanoTime()});
            }
        };
        scene.addEventFilter(MouseEvent.ANY, seen);
        double x = stage.getX() + stage.getWidth() / 2;
        double y = stage.getY() + stage.getHeight() / 2;
        Robot robot = new Robot();
        // Two positions: if the pointer already rests on the first, only the second one is a movement.
        robot.mouseMove(x, y);
        robot.mouseMove(x + 1, y + 1);
    }

    private static Result toResult(long[] stamps) {
        long now = System.nanoTime();
        Duration sinceStart = sinceProcessStart();
        Duration frame = sinceStart.minusNanos(now - stamps[0]);
        Duration input = sinceStart.minusNanos(now - stamps[2]);
        return new Result(frame, input, Instant.ofEpochMilli(stamps[1]), residentKb());
    }

    /**
     * How long this process has existed, counted from the moment the launcher was started. The process's age is
     * read once and then counted on with the monotonic clock: the system's uptime has only a 10 ms resolution, so two
     * readings taken from it could go backwards.
     */
    public static Duration sinceProcessStart() {
        return Anchor.AGE.plusNanos(System.nanoTime() - Anchor.NANOS);
    }

    /** The process's age and the monotonic clock, read together at the first question. */
    private static final class Anchor {
        static final Duration AGE = readAge();
        static final long NANOS = System.nanoTime();
    }

    private static Duration readAge() {
        try {
            // Both figures count from boot, so the sub-second part is exact (to a tick) unlike the boot
            // time in seconds that ProcessHandle's start instant is derived from.
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double startTicks = Double.parseDouble(fields[19]);
            String uptime = Files.readString(Path.of("/proc/uptime"));
            double uptimeSeconds = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
            return Duration.ofNanos(Math.round((uptimeSeconds - startTicks / TICKS_PER_SECOND) * 1e9));
        } catch (IOException | RuntimeException notLinux) {
            Instant started = ProcessHandle.current().info().startInstant().orElseThrow(
                    () -> new IllegalStateException("the process start time is unknown on this system"));
            return Duration.between(started, Instant.now());
        }
    }

    /** Resident memory of this process now, or -1 where unknown. */
    public static long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
        return -1;
    }
}
