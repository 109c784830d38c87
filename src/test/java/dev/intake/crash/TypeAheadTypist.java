package dev.intake.crash;

import dev.intake.app.AppServices;
import dev.intake.app.IntakeApp;
import dev.intake.app.ProductionServicesFactory;
import dev.intake.common.BackgroundTask;
import dev.intake.common.FxTaskExecutor;
import dev.intake.common.TaskExecutor;
import dev.intake.store.DraftStore;
import dev.intake.testing.RecordingStartupDialogs;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The child process of {@link DraftKillTest} for typing ahead: starts Intake as installed (headless toolkit, real
 * services on the data folder {@code args[0]} and config folder {@code args[1]}), types a name and an email into the
 * window while it still says it is opening, and lets the services start. The wizard's typing pause never ends here,
 * as for someone who keeps on typing: only a save that does not wait for that pause can commit. Prints
 * {@link DraftTypist#SAVED} once a draft has committed, then waits to be killed (or gives up after three minutes,
 * should the test be gone).
 */
public final class TypeAheadTypist {
    static final String FIRST_NAME = "Ada";
    static final String LAST_NAME = "Lovelace";
    static final String EMAIL = "ada@analytical.example";

    private TypeAheadTypist() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "typist");
            thread.setDaemon(true);
            return thread;
        });
        timer.schedule(() -> Runtime.getRuntime().halt(3), 3, TimeUnit.MINUTES);
        List<String> arguments = List.of("--data-dir", args[0], "--config-dir", args[1]);
        FxTaskExecutor executor = new FxTaskExecutor();
        ProductionServicesFactory production = new ProductionServicesFactory(new RecordingStartupDialogs(),
                executor);
        CountDownLatch servicesMayStart = new CountDownLatch(1);
        IntakeApp app = new IntakeApp(ignored -> {
            try {
                if (!servicesMayStart.await(1, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("the typist never let the services start");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return production.create(arguments).map(s -> new AppServices(s.ats(), s.outbox(),
                    reporting(s.drafts(), out), s.profile(), neverPausing(s.executor()), s.workspace()));
        }, (owner, title, multiple) -> List.of(), executor);

        Platform.startup(() -> { });
        app.init();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            try {
                app.start(stage);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Scene scene = stage.getScene();
            // A first key before even the first frame, the rest on later turns while the window says it is opening.
            type(scene, FIRST_NAME);
            Platform.runLater(() -> {
                tab(scene);
                type(scene, LAST_NAME);
                tab(scene);
                tab(scene);
                type(scene, EMAIL);
                servicesMayStart.countDown();
            });
        });
        new CountDownLatch(1).await(); // until killed
    }

    /** Each character as the keyboard delivers text: a KEY_TYPED event to whatever has the focus. */
    private static void type(Scene scene, String text) {
        text.codePoints().forEach(c -> fire(scene, new KeyEvent(KeyEvent.KEY_TYPED, Character.toString(c), "",
                KeyCode.UNDEFINED, false, false, false, false)));
    }

    private static void tab(Scene scene) {
        fire(scene, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, false, false, false));
        fire(scene, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.TAB, false, false, false, false));
    }

    private static void fire(Scene scene, KeyEvent event) {
        Node owner = scene.getFocusOwner();
        if (owner != null) {
            Event.fireEvent(owner, event);
        } else {
            Event.fireEvent(scene, event);
        }
    }

    /** The wizard's executor, except that what waits for a pause in typing never runs. */
    private static TaskExecutor neverPausing(TaskExecutor executor) {
        return new TaskExecutor() {
            @Override
            public <T> BackgroundTask<T> wrap(Callable<T> work) {
                return executor.wrap(work);
            }

            @Override
            public void runOnUi(Runnable action) {
                executor.runOnUi(action);
            }

            @Override
            public Cancellable runOnUiAfter(Duration delay, Runnable action) {
                return () -> { };
            }
        };
    }

    private static DraftStore reporting(DraftStore store, PrintStream out) {
        return new DraftStore() {
            @Override
            public void save(Draft draft) {
                store.save(draft);
                out.println(DraftTypist.SAVED);
            }

            @Override
            public List<Draft> unfinished() {
                return store.unfinished();
            }

            @Override
            public Optional<Draft> find(String id) {
                return store.find(id);
            }

            @Override
            public void delete(String id) {
                store.delete(id);
            }
        };
    }
}
