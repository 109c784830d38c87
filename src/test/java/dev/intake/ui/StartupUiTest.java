package dev.intake.ui;

import static dev.intake.ui.Fx.await;
import static dev.intake.ui.Fx.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.app.AppServices;
import dev.intake.app.IntakeApp;
import dev.intake.app.ProductionServicesFactory;
import dev.intake.common.FxTaskExecutor;
import dev.intake.store.Database;
import dev.intake.store.OpenResult;
import dev.intake.testing.RecordingStartupDialogs;
import dev.intake.wizard.fakes.FakeAts;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Start-up as installed: the window shows while the services are still being built (held back here by a latch),
 * and what the user types meanwhile ends up in the form.
 */
@ExtendWith(ApplicationExtension.class)
class StartupUiTest {
    /**
     * How long the services and the form may take. Generous: on a busy two-core machine (a full build beside other
     * work) building the services took 20 s and putting the form in the window 26 s more, while typed-ahead keys
     * were never lost.
     */
    private static final int STARTUP_SECONDS = 180;
    @TempDir
    Path dir;
    private final CountDownLatch servicesMayStart = new CountDownLatch(1);
    private final AtomicReference<Optional<AppServices>> created = new AtomicReference<>();
    /** Set by the test that watches for the first frame. */
    private final AtomicBoolean firstFrameDrawn = new AtomicBoolean();
    /** Whether the window had drawn its first frame when the services were asked for; null until they were. */
    private final AtomicReference<Boolean> servicesAskedAfterFirstFrame = new AtomicReference<>();
    /** The process's one executor, as {@code main} makes it: the services are built on it. */
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private IntakeApp app;
    private Stage stage;
    /** What the services the app gets are made of: as built, unless a test swaps their ATS. */
    private UnaryOperator<AppServices> withAts = UnaryOperator.identity();

    private void startHeldBack() throws Exception {
        startHeldBack(shown -> { });
    }

    private void startHeldBack(WindowStarted rightAfter) throws Exception {
        List<String> args = Stream.of("--config-dir", dir.resolve("config").toString(), "--data-dir",
                dir.resolve("data").toString()).toList();
        ProductionServicesFactory factory = new ProductionServicesFactory(new RecordingStartupDialogs(), executor);
        app = new IntakeApp(ignored -> {
            servicesAskedAfterFirstFrame.set(firstFrameDrawn.get());
            try {
                if (!servicesMayStart.await(STARTUP_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let the services start");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Optional<AppServices> services = factory.create(args).map(withAts);
            created.set(services);
            return services;
        }, (owner, title, multiple) -> List.of(), executor);
        initAndShow(rightAfter);
    }

    /**
     * As the launcher does: {@code init()} off the UI thread, then the window on it; {@code rightAfter} runs in the
     * same turn of the UI thread as the window's start, before its first frame.
     */
    private void initAndShow(WindowStarted rightAfter) throws Exception {
        app.init();
        stage = fx(() -> {
            Stage shown = new Stage();
            app.start(shown);
            rightAfter.accept(shown);
            return shown;
        });
    }

    /** Runs right after the window's start, in the same turn of the UI thread. */
    private interface WindowStarted {
        void accept(Stage shown) throws Exception;
    }

    @AfterEach
    void close() throws Exception {
        servicesMayStart.countDown();
        if (app != null) {
            app.ready().toCompletableFuture().get(STARTUP_SECONDS, TimeUnit.SECONDS);
            fx(() -> {
                stage.close();
                return null;
            });
            app.stop();
        }
    }

    /** Waits, as {@link Fx#await} does, as long as starting may take. */
    private static void awaitStartup(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(STARTUP_SECONDS, TimeUnit.SECONDS, () -> fx(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Built beside the first frame, their work delayed it on a two-core machine. */
    @Test
    void theServicesAreBuiltOnlyOnceTheWindowHasDrawnItsFirstFrame() throws Exception {
        startHeldBack(shown -> shown.getScene().addPostLayoutPulseListener(() -> firstFrameDrawn.set(true)));

        awaitStartup(() -> servicesAskedAfterFirstFrame.get() != null);
        assertTrue(servicesAskedAfterFirstFrame.get(), "the services were asked for before the first frame");
    }

    @Test
    void theWindowShowsBeforeTheServicesAndWhatIsTypedMeanwhileLandsInTheForm(FxRobot robot) throws Exception {
        // What the first frame shows, and a key that arrives before even that frame.
        startHeldBack(shown -> {
            Screenshots.save(shown.getScene(), "0-first-frame");
            Event.fireEvent(shown.getScene().getFocusOwner(),
                    new KeyEvent(KeyEvent.KEY_TYPED, "Z", "", KeyCode.UNDEFINED, false, false, false, false));
        });
        assertTrue(fx(stage::isShowing));
        Label starting = robot.lookup(".starting .label").query();
        assertEquals("Opening Intake\u2026", fx(starting::getText));
        // The menus and tabs come right after the first frame, without waiting for the services.
        awaitStartup(() -> robot.lookup("#menuBar").tryQuery().isPresent());
        assertTrue(app.wizard().isEmpty(), "no wizard before the services exist");
        assertFalse(app.ready().toCompletableFuture().isDone());
        fx(() -> Screenshots.save(stage.getScene(), "0-starting"));

        robot.write("oë");
        robot.type(KeyCode.TAB);
        robot.write("Ñúñez");
        servicesMayStart.countDown();
        app.ready().toCompletableFuture().get(STARTUP_SECONDS, TimeUnit.SECONDS);

        TextField firstName = robot.lookup("#firstName").query();
        TextField lastName = robot.lookup("#lastName").query();
        awaitStartup(() -> "Zoë".equals(firstName.getText()) && "Ñúñez".equals(lastName.getText()));
        assertTrue(robot.lookup(".starting").tryQuery().isEmpty(), "the placeholder is gone");
        // Typing goes on in the form itself.
        robot.write("-Ortiz");
        await(() -> "Ñúñez-Ortiz".equals(lastName.getText()));
        assertEquals("Zoë", fx(() -> app.wizard().orElseThrow().candidate().firstName().get()));
    }

    /**
     * The first frame is on screen before the window's own work (menus, tabs, form) starts: with the software
     * renderer, as on the headless platform, its pixels reach the window through the UI thread, which that work
     * then holds for a quarter of a second.
     */
    @Test
    void theFirstFrameIsOnScreenBeforeTheMenusAreBuilt() throws Exception {
        AtomicReference<String> placeholderOnScreen = new AtomicReference<>();
        startHeldBack(shown -> {
            StackPane frame = (StackPane) shown.getScene().getRoot();
            // The menus replace the placeholder in the turn that builds them: what the screen shows at that moment.
            frame.getChildren().addListener((ListChangeListener<Node>) change -> {
                if (placeholderOnScreen.get() == null) {
                    Bounds window = frame.localToScreen(frame.getBoundsInLocal());
                    WritableImage pixels = new Robot().getScreenCapture(null, window.getMinX(), window.getMinY(),
                            window.getWidth(), window.getHeight());
                    placeholderOnScreen.set(distinctColours(pixels) > 1 ? "drawn" : "blank");
                }
            });
        });
        awaitStartup(() -> placeholderOnScreen.get() != null);
        assertEquals("drawn", placeholderOnScreen.get(), "what the screen showed of 'Opening Intake…'");
        servicesMayStart.countDown();
    }

    private static long distinctColours(WritableImage image) {
        PixelReader reader = image.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                colours.add(reader.getArgb(x, y));
            }
        }
        return colours.size();
    }

    /** Ready means on screen: the form is laid out and handed to the renderer, not only put into the window. */
    @Test
    void whenReadyTheFormIsLaidOut(FxRobot robot) throws Exception {
        startHeldBack();
        AtomicReference<String> formWhenReady = new AtomicReference<>();
        // Runs in the turn of the UI thread that completes it.
        app.ready().thenRun(() -> {
            TextField firstName = robot.lookup("#firstName").query();
            formWhenReady.set("width " + firstName.getWidth() + ", needs layout "
                    + firstName.getParent().isNeedsLayout());
        });
        servicesMayStart.countDown();
        app.ready().toCompletableFuture().get(STARTUP_SECONDS, TimeUnit.SECONDS);

        awaitStartup(() -> formWhenReady.get() != null);
        assertTrue(formWhenReady.get().matches("width [1-9][0-9.]*, needs layout false"), formWhenReady.get());
    }

    /** The look-ups the steps make in the ATS (jobs among them) waited for the form, not it for them. */
    @Test
    void theAtsIsAskedForJobsOnlyOnceTheFormIsReady() throws Exception {
        FakeAts ats = FakeAts.standard();
        AtomicReference<Boolean> readyWhenJobsFetched = new AtomicReference<>();
        ats.onJobsFetched = () -> readyWhenJobsFetched.compareAndSet(null,
                app.ready().toCompletableFuture().isDone());
        withAts = built -> new AppServices(ats, built.outbox(), built.drafts(), built.profile(), built.executor(),
                built.workspace());

        startHeldBack();
        servicesMayStart.countDown();
        app.ready().toCompletableFuture().get(STARTUP_SECONDS, TimeUnit.SECONDS);

        awaitStartup(() -> readyWhenJobsFetched.get() != null);
        assertTrue(readyWhenJobsFetched.get(), "the jobs were fetched before the form was ready");
        awaitStartup(() -> !app.wizard().orElseThrow().job().jobMatches().isEmpty());
    }

    @Test
    void servicesThatFailUnexpectedlyLeaveAWindowThatSaysSo(FxRobot robot) throws Exception {
        app = new IntakeApp(ignored -> {
            throw new IllegalStateException("the disk went away");
        }, (owner, title, multiple) -> List.of(), executor);
        initAndShow(shown -> { });
        app.ready().toCompletableFuture().get(STARTUP_SECONDS, TimeUnit.SECONDS);
        Label title = robot.lookup(".no-services .step-heading").query();
        assertEquals("Intake could not open your data", fx(title::getText));
        assertTrue(app.wizard().isEmpty());
        assertTrue(robot.lookup(".starting").tryQuery().isEmpty(), "no longer says it is opening");
    }

    @Test
    void aWindowClosedBeforeTheServicesAreReadyStillClosesThemOnceTheyAre() throws Exception {
        startHeldBack();
        // They start once the window has drawn its first frame, and are then held back by the test.
        awaitStartup(() -> servicesAskedAfterFirstFrame.get() != null);
        fx(() -> {
            stage.close();
            return null;
        });
        app.stop();
        servicesMayStart.countDown();
        awaitStartup(() -> created.get() != null);
        assertTrue(created.get().isPresent());
        // Held by the services until they are closed: as the window is gone, that happens once they are ready.
        Path data = dir.resolve("data");
        awaitStartup(() -> {
            OpenResult result = Database.open(data, Clock.systemUTC());
            if (result instanceof OpenResult.Opened opened) {
                opened.database().close();
                return true;
            }
            return false;
        });
        assertTrue(app.wizard().isEmpty(), "no wizard is put into a closed window");
        assertFalse(app.ready().toCompletableFuture().isDone());
        app = null;
    }
}
