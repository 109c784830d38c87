package dev.intake.crash;

import dev.intake.common.FxTaskExecutor;
import dev.intake.app.AppServices;
import dev.intake.app.IntakeApp;
import dev.intake.app.ProductionServicesFactory;
import dev.intake.app.ServicesFactory;
import dev.intake.fair.FairLaunch;
import dev.intake.store.DraftStore;
import dev.intake.testing.RecordingStartupDialogs;
import dev.intake.window.WindowPlacements;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The child process of {@link QuickEntryKillTest}: starts Intake as installed (headless toolkit, real services on the
 * data folder {@code args[0]} and config folder {@code args[1]}) on the event {@link #EVENT}, whose quick entry
 * opens, and types a visitor key by key. Then, by {@code args[2]}:
 * <ul>
 * <li>{@code typing}: stops half way through the email; prints {@link #TYPED} once the draft holds what was typed;
 * <li>{@code save}: types the whole visitor and, once the draft holds them (staff look before they save), presses
 * Ctrl+Enter and prints {@link #PRESSED}. The first write after that which leaves the visitor out of the draft
 * prints {@link #MADE_WAY} and then never returns, like a disk that stops there.
 * </ul>
 * Then it waits to be killed (or gives up after three minutes, should the test be gone).
 */
public final class QuickEntryTypist {
    static final String EVENT = "Berlin Tech Fair 2026";
    static final String FIRST_NAME = "Grace";
    static final String LAST_NAME = "Hopper";
    static final String EMAIL = "grace.hopper@navy.example";
    /** As much of the email as is typed before the kill in {@code typing}. */
    static final String HALF_EMAIL = "grace.ho";
    static final String TYPED = "draft holds what was typed";
    static final String PRESSED = "ctrl+enter pressed";
    static final String MADE_WAY = "draft made way";

    private QuickEntryTypist() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "quick-entry-typist");
            thread.setDaemon(true);
            return thread;
        });
        timer.schedule(() -> Runtime.getRuntime().halt(3), 3, TimeUnit.MINUTES);
        boolean save = "save".equals(args[2]);
        String email = save ? EMAIL : HALF_EMAIL;
        List<String> arguments = List.of("--data-dir", args[0], "--config-dir", args[1], "--event", EVENT);
        FxTaskExecutor executor = new FxTaskExecutor();
        ProductionServicesFactory production = new ProductionServicesFactory(new RecordingStartupDialogs(),
                executor);
        AtomicBoolean pressed = new AtomicBoolean();
        CountDownLatch drafted = new CountDownLatch(1);
        IntakeApp app = new IntakeApp(new ServicesFactory() {
            @Override
            public Optional<AppServices> create(List<String> ignored) {
                return production.create(arguments).map(s -> new AppServices(s.ats(), s.outbox(),
                        watching(s.drafts(), email, drafted, pressed, out), s.profile(), s.executor(),
                        s.workspace()));
            }

            @Override
            public ServicesFactory.Appearance appearance(List<String> ignored) {
                return production.appearance(arguments);
            }

            @Override
            public WindowPlacements windowPlacements(List<String> ignored) {
                return production.windowPlacements(arguments);
            }

            @Override
            public FairLaunch fairLaunch(List<String> ignored) {
                return production.fairLaunch(arguments);
            }
        }, (owner, title, multiple) -> List.of(), executor);

        Platform.startup(() -> { });
        app.init();
        Stage stage = fxCall(() -> {
            Stage shown = new Stage();
            try {
                app.start(shown);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return shown;
        });
        // Quick entry opens once the services, the event and its pack are ready.
        CountDownLatch opened = new CountDownLatch(1);
        timer.scheduleWithFixedDelay(() -> Platform.runLater(() -> {
            if (stage.getScene() != null && stage.getScene().lookup(".quick-entry") instanceof Node quick
                    && quick.lookup("#firstName") instanceof TextField first && first.isFocused()) {
                opened.countDown();
            }
        }), 100, 100, TimeUnit.MILLISECONDS);
        opened.await();
        fxCall(() -> {
            Scene scene = stage.getScene();
            type(scene, FIRST_NAME);
            key(scene, KeyCode.TAB, false);
            type(scene, LAST_NAME);
            key(scene, KeyCode.TAB, false);
            type(scene, email);
            if (save) {
                key(scene, KeyCode.TAB, false);
                key(scene, KeyCode.TAB, false);
                key(scene, KeyCode.TAB, false); // Job: takes the top match
            }
            return null;
        });
        drafted.await();
        if (!save) {
            out.println(TYPED);
        } else {
            fxCall(() -> {
                pressed.set(true);
                key(stage.getScene(), KeyCode.ENTER, true);
                return null;
            });
            out.println(PRESSED);
        }
        new CountDownLatch(1).await(); // until killed
    }

    private static <T> T fxCall(java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(1, TimeUnit.MINUTES);
    }

    /** Each character as the keyboard delivers text: a KEY_TYPED event to whatever has the focus. */
    private static void type(Scene scene, String text) {
        text.codePoints().forEach(c -> fire(scene, new KeyEvent(KeyEvent.KEY_TYPED, Character.toString(c), "",
                KeyCode.UNDEFINED, false, false, false, false)));
    }

    private static void key(Scene scene, KeyCode code, boolean control) {
        fire(scene, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, control, false, false));
        fire(scene, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, control, false, false));
    }

    private static void fire(Scene scene, KeyEvent event) {
        Node owner = scene.getFocusOwner();
        Event.fireEvent(owner != null ? owner : scene.getRoot(), event);
    }

    /**
     * The real draft store, watched: {@code drafted} opens once a quick-entry draft holding {@code email} is
     * committed; after Ctrl+Enter, the first write that leaves it out is reported and then hangs.
     */
    private static DraftStore watching(DraftStore store, String email, CountDownLatch drafted,
            AtomicBoolean pressed, PrintStream out) {
        return new DraftStore() {
            @Override
            public void save(Draft draft) {
                store.save(draft);
                if (DraftStore.isQuickEntry(draft.id())) {
                    written(draft.json().contains(email));
                }
            }

            @Override
            public void delete(String id) {
                store.delete(id);
                if (DraftStore.isQuickEntry(id)) {
                    written(false);
                }
            }

            private void written(boolean holdsVisitor) {
                if (holdsVisitor) {
                    drafted.countDown();
                } else if (pressed.get()) {
                    out.println(MADE_WAY);
                    try {
                        new CountDownLatch(1).await(); // the disk stops here, until killed
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public List<Draft> unfinished() {
                return store.unfinished();
            }

            @Override
            public Optional<Draft> find(String id) {
                return store.find(id);
            }
        };
    }
}
