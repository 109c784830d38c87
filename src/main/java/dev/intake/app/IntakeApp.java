package dev.intake.app;

import dev.intake.about.AppIcons;
import dev.intake.accounts.Profile;
import dev.intake.ats.Ats;
import dev.intake.common.Frames;
import dev.intake.common.Stylesheet;
import dev.intake.common.TaskExecutor;
import dev.intake.common.Theme;
import dev.intake.fair.FairLaunch;
import dev.intake.form.FilePicker;
import dev.intake.form.Messages;
import dev.intake.outbox.Outbox;
import dev.intake.startup.SmokeTest;
import dev.intake.startup.TypeAhead;
import dev.intake.store.DraftStore;
import dev.intake.window.WindowPlacement;
import dev.intake.window.WindowPlacementTracker;
import dev.intake.window.WindowPlacements;
import dev.intake.wizard.WizardController;
import dev.intake.wizard.WizardViewModel;
import dev.intake.wizard.job.RecentSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The JavaFX application: the main window on the services its factory provides. {@link WindowLaunch} makes it and
 * drives its life ({@code init}, {@code start}, {@code stop}) as {@code Application.launch} would, so that it can be
 * handed the process's executor and arguments by constructor.
 *
 * <p>Installed, {@link #init()} reads only the theme and language, and the window shows at once with only a
 * placeholder. Right after that first frame the services are built on the executor (opening the database,
 * starting the sandbox, reading credentials) while the menus and tabs are put around the placeholder; the form
 * follows once the services are ready, and keys typed meanwhile are kept and replayed into it. Started without
 * {@code init()} (tests on in-memory services), the window is built complete before it shows.
 */
public class IntakeApp extends Application {
    static final String MESSAGES = Messages.BUNDLE;
    private static final System.Logger LOG = System.getLogger(IntakeApp.class.getName());

    private static final int RECENT_SUBMISSIONS = 50;
    private final ServicesFactory servicesFactory;
    private final FilePicker files;
    /** The process's one executor: builds the services, and saves where the window was at exit. */
    private final TaskExecutor executor;
    private final List<String> args;
    /** Ends the app: {@link #stop()} runs, then the toolkit ends. */
    private final Runnable quit;
    private final RecentSources recentSources = new RecentSources();
    /** Completes once the window shows the wizard (or why there is none), laid out, its services started. */
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    /** Completes once the work started right after {@link #ready} is done too (the HTTP client made). */
    private final CompletableFuture<Void> settled = new CompletableFuture<>();
    /** Completes once what the app opened is closed ({@link #closed()}). */
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private ServicesFactory.Appearance appearance = ServicesFactory.Appearance.SYSTEM;
    private CompletableFuture<Optional<AppServices>> startingServices;
    private Optional<AppServices> services;
    private volatile boolean cancelled;
    /** Another Intake on the same data came to the front instead: this one opens no window. */
    private volatile boolean handedOver;
    private boolean stopped;
    private Messages messages;
    private MainWindowController window;
    private Scene scene;
    private TypeAhead typeAhead;
    private WizardViewModel wizard;
    private Parent wizardView;
    private Desktop desktop;
    private WindowPlacements placements = WindowPlacements.NONE;
    private Optional<WindowPlacement> savedPlacement = Optional.empty();
    private WindowPlacementTracker placement;

    /** No command-line arguments; quitting ends the toolkit ({@link Platform#exit()}) and leaves the rest to the caller. */
    public IntakeApp(ServicesFactory servicesFactory, FilePicker files, TaskExecutor executor) {
        this(servicesFactory, files, executor, List.of(), Platform::exit);
    }

    /**
     * As {@link WindowLaunch} makes it: the command line {@code args}, and {@code quit} to end the app (it calls
     * {@link #stop()} and then ends the toolkit).
     */
    public IntakeApp(ServicesFactory servicesFactory, FilePicker files, TaskExecutor executor, List<String> args,
            Runnable quit) {
        this.servicesFactory = Objects.requireNonNull(servicesFactory);
        this.files = Objects.requireNonNull(files);
        this.executor = Objects.requireNonNull(executor);
        this.args = List.copyOf(args);
        this.quit = Objects.requireNonNull(quit);
    }

    /**
     * Off the UI thread: reads the theme and language the first frame needs. The services are built once that frame
     * is drawn ({@link #startServices}).
     */
    @Override
    public void init() {
        appearance = servicesFactory.appearance(arguments());
        if (servicesFactory.handOverToRunningInstance(arguments())) {
            handedOver = true;
            quit.run();
            return;
        }
        appearance.language().ifPresent(Locale::setDefault);
        placements = servicesFactory.windowPlacements(arguments());
        savedPlacement = placements.load();
        startingServices = new CompletableFuture<>();
    }

    /**
     * Builds the services on the executor (a window closed before they are ready closes them once they are; the
     * executor's close at exit waits for that). Not before the first frame: on a two-core laptop their work (the
     * database, the HTTP client, the sandbox) competed with the window's, and delayed its first frame by about
     * 100 ms.
     */
    private void startServices() {
        CompletableFuture<Optional<AppServices>> building = startingServices;
        executor.runInBackground(() -> {
            try {
                building.complete(createWithRecentSources());
            } catch (Throwable e) {
                building.completeExceptionally(e);
            }
        });
    }

    private Optional<AppServices> createWithRecentSources() {
        Optional<AppServices> created = create();
        // Off the UI thread: the sources of recent submissions are suggested again after a restart.
        created.flatMap(AppServices::optionalWorkspace)
                .ifPresent(workspace -> recentSources.rememberAll(workspace.recentSourceNames(RECENT_SUBMISSIONS)));
        return created;
    }

    private Optional<AppServices> create() {
        try {
            return servicesFactory.create(arguments());
        } catch (StartupCancelledException e) {
            cancelled = true;
            quit.run();
            return Optional.empty();
        }
    }

    /** The event the command line asked to open ({@code --event}, {@code --kiosk}), or {@link FairLaunch#NONE}. */
    FairLaunch fairLaunch() {
        return servicesFactory.fairLaunch(arguments());
    }

    private List<String> arguments() {
        return args;
    }

    @Override
    public void start(Stage stage) throws IOException {
        if (handedOver) {
            return;
        }
        Optional<AppServices> known = Optional.empty();
        if (startingServices == null) {
            known = create();
            if (cancelled) {
                return;
            }
            appearance = new ServicesFactory.Appearance(known.flatMap(AppServices::optionalWorkspace)
                    .map(w -> w.settings().theme()).orElse(Theme.SYSTEM), Optional.empty());
        }
        messages = Messages.load();
        stage.setTitle(messages.get("app.title"));
        placement = WindowPlacementTracker.place(stage, savedPlacement);
        if (startingServices == null) {
            scene = new Scene(loadMainWindow());
            Stylesheet.apply(scene, appearance.theme());
            stage.setScene(scene);
            attach(stage, known);
            stage.show();
            shown(stage);
            SmokeTest.runIfRequested(arguments(), stage, ready, settled, quit);
            return;
        }
        // The first frame holds only the placeholder, so the window appears as soon as the toolkit can draw one;
        // the menus and tabs (FXML) are put around it right after, and the wizard once the services are ready.
        Label starting = new Label(messages.get("main.starting"));
        starting.getStyleClass().add("step-heading");
        Label typeAheadHint = new Label(messages.get("main.starting.typeAhead"));
        typeAheadHint.getStyleClass().add("muted");
        VBox placeholder = new VBox(8, starting, typeAheadHint);
        placeholder.getStyleClass().add("starting");
        placeholder.setPadding(new Insets(24));
        StackPane frame = new StackPane(placeholder);
        scene = new Scene(frame);
        Stylesheet.apply(scene, appearance.theme());
        stage.setScene(scene);
        typeAhead = TypeAhead.capture(placeholder);
        stage.show();
        // Before the window's own work after the first frame, so that the probe times that frame, not that work.
        SmokeTest.runIfRequested(arguments(), stage, ready, settled, quit);
        Frames.afterFirstOnScreen(scene, () -> {
            if (stopped) {
                return;
            }
            startServices();
            Parent mainWindow;
            try {
                mainWindow = loadMainWindow();
            } catch (IOException e) {
                // The views ship inside the application: failing to load one is a build defect.
                throw new UncheckedIOException(e);
            }
            frame.getChildren().setAll(mainWindow);
            window.showWizard(placeholder);
            // The tab puts its content into the scene with its skin; only then can the placeholder keep the focus.
            mainWindow.applyCss();
            placeholder.requestFocus();
            // Services already up: the form goes in now, in this turn, rather than after a frame of the bare window.
            startingServices.whenComplete((result, failure) -> {
                if (Platform.isFxApplicationThread()) {
                    servicesStarted(stage, result, failure);
                } else {
                    Platform.runLater(() -> servicesStarted(stage, result, failure));
                }
            });
        });
    }

    /** On the UI thread: the form on the started services, or why there is none. */
    private void servicesStarted(Stage stage, Optional<AppServices> result, Throwable failure) {
        if (stopped || cancelled) {
            return;
        }
        if (typeAhead != null) {
            // The placeholder leaves in this turn: keys typed from now on wait at the scene for the form.
            typeAhead.handOver(scene);
        }
        if (failure == null) {
            attach(stage, result);
        } else {
            showFailedStart(failure);
        }
        shown(stage);
    }

    /** The main window's frame (menus, title bar, tabs) from its FXML, with {@link #window} its controller. */
    private Parent loadMainWindow() throws IOException {
        FXMLLoader loader = new FXMLLoader(IntakeApp.class.getResource("/fxml/MainWindow.fxml"), messages.bundle());
        Parent root = loader.load();
        window = loader.getController();
        return root;
    }

    /** Services that failed in an unforeseen way: the window says Intake cannot work, and the log says why. */
    private void showFailedStart(Throwable failure) {
        LOG.log(System.Logger.Level.ERROR, "Intake could not start its services", failure);
        services = Optional.empty();
        showNotice(messages.get("main.startFailed.title"), messages.get("main.startFailed.detail"));
    }

    /** Puts the wizard (or why there is none) and the desktop parts into the window, on {@code result}. */
    private void attach(Stage stage, Optional<AppServices> result) {
        services = result;
        Optional<Workspace> workspace = services.flatMap(AppServices::optionalWorkspace);
        if (services.isPresent()) {
            AppServices s = services.get();
            showWizard(s.ats(), s.profile());
            if (workspace.isPresent()) {
                Stylesheet.apply(scene, workspace.get().settings().theme());
                desktop = new Desktop(this, window, stage, workspace.get(), messages);
                try {
                    desktop.install();
                } catch (IOException e) {
                    // The views ship inside the application: failing to load one is a build defect.
                    throw new UncheckedIOException(e);
                }
                new FairWindows(s, workspace.get(), window, stage, messages).install(fairLaunch());
            }
        } else {
            showNotice(messages.get("main.noServices.title"), messages.get("main.noServices.detail"));
        }
    }

    /** In place of the wizard: why there is none. */
    private void showNotice(String titleText, String detailText) {
        Label title = new Label(titleText);
        title.getStyleClass().add("step-heading");
        Label detail = new Label(detailText);
        detail.setWrapText(true);
        VBox notice = new VBox(8, title, detail);
        notice.getStyleClass().addAll("banner", "warning", "no-services");
        window.showWizard(notice);
    }

    /** Notices, then the keys typed ahead; ready once the form is laid out, and only then the icon and the loads. */
    private void shown(Stage stage) {
        if (desktop != null) {
            desktop.shown();
        }
        // After the wizard's own focus request, which it makes on a later turn of the UI thread.
        Platform.runLater(() -> {
            if (typeAhead != null) {
                if (wizard != null) {
                    typeAhead.replayInto(wizardView, this::saveTypedAhead);
                } else {
                    typeAhead.discard();
                }
                typeAhead = null;
            }
            Frames.afterNext(scene, () -> {
                ready.complete(null);
                // Started with the form, the steps' loads from the ATS took CPU it needed to appear (about 15 ms).
                if (wizard != null) {
                    wizard.loadFromAts();
                }
                // Only now: handing the icon's six sizes to a GTK window took about 0.15 s, which the form waited for.
                AppIcons.addTo(stage);
                prepareHttp();
            });
        });
    }

    /** What was typed while the window opened is saved as a draft at once, not after the typing pause. */
    private void saveTypedAhead() {
        if (wizard != null) {
            wizard.flushDraft();
        }
    }

    /** Once ready, the HTTP client (TLS) is made in the background: it holds up neither the form nor the first call. */
    private void prepareHttp() {
        Optional<Workspace> running = workspace();
        if (running.isEmpty()) {
            settled.complete(null);
            return;
        }
        running.get().executor().wrap(() -> {
            running.get().connections().prepareHttp();
            return null;
        }).onSuccess(made -> settled.complete(null)).onFailure(failure -> {
            // The first call tries again and tells the user what went wrong.
            LOG.log(System.Logger.Level.WARNING, "Could not set up the HTTP client yet", failure);
            settled.complete(null);
        }).start();
    }

    /** Completes once the window shows the wizard, laid out, or says why it cannot. */
    public CompletionStage<Void> ready() {
        return ready;
    }

    /**
     * Shows a fresh wizard on {@code ats} for {@code profile}. What the previous wizard held is saved as a draft of
     * its profile first, so it is offered again there.
     */
    void showWizard(Ats ats, Profile profile) {
        AppServices s = services.orElseThrow();
        closeWizard();
        wizard = new WizardViewModel(ats, s.outbox(), s.drafts(), profile, s.executor(), messages,
                Clock.systemDefaultZone(), recentSources);
        wizardView = WizardController.load(wizard, files);
        window.showWizard(wizardView);
        // Skins now, not at the next pulse: the first field (in a scroll pane) is in the scene, and can take the
        // focus the wizard asks for on its next turn, only once they exist.
        wizardView.applyCss();
        wizard.startForm();
        if (ready.isDone()) {
            wizard.loadFromAts();
        }
    }

    /** While the next profile's ATS is being prepared: the wizard tab says so. */
    void showWizardPlaceholder(String text) {
        closeWizard();
        wizard = null;
        wizardView = null;
        Label label = new Label(text);
        label.getStyleClass().add("step-heading");
        VBox box = new VBox(label);
        box.getStyleClass().add("starting");
        box.setPadding(new Insets(24));
        window.showWizard(box);
    }

    private void closeWizard() {
        if (wizard != null) {
            wizard.flushDraft();
            wizard.submission().dispose();
        }
    }

    Outbox outbox() {
        return services.orElseThrow().outbox();
    }

    DraftStore drafts() {
        return services.orElseThrow().drafts();
    }

    TaskExecutor executor() {
        return services.orElseThrow().executor();
    }

    @Override
    public void stop() {
        if (wizard != null) {
            // What was typed in the last moments before closing is saved now, not after the typing pause; closing
            // the workspace below waits for that save.
            wizard.flushDraft();
            wizard.submission().dispose();
        }
        stopped = true;
        savePlacement();
        if (desktop != null) {
            desktop.close();
        }
        if (services != null) {
            services.flatMap(AppServices::optionalWorkspace).ifPresent(Workspace::close);
            closed.complete(null);
        } else if (startingServices != null) {
            // Closed before the services were ready: they close as soon as they are (never waited for here, as
            // building them may be asking a question on this thread).
            startingServices.whenComplete((s, failure) -> {
                if (s != null) {
                    s.flatMap(AppServices::optionalWorkspace).ifPresent(Workspace::close);
                }
                closed.complete(null);
            });
        } else {
            closed.complete(null);
        }
    }

    /**
     * Completes once {@link #stop()} has closed what the app opened: at once, or, when the window closed before the
     * services were ready, once they are and have been closed.
     */
    public CompletionStage<Void> closed() {
        return closed;
    }

    /** Where the window was, saved on the executor, whose close at exit waits for it. */
    private void savePlacement() {
        if (placement == null) {
            return;
        }
        WindowPlacement last = placement.current();
        WindowPlacements store = placements;
        Runnable save = () -> {
            try {
                store.save(last);
            } catch (IOException | RuntimeException e) {
                // Only where the window opens next time is lost: it opens at the default place.
                LOG.log(System.Logger.Level.WARNING, "Could not save where the window was", e);
            }
        };
        try {
            executor.runInBackground(save);
        } catch (RejectedExecutionException e) {
            // Already closed (stopped twice): saved then, or lost as above.
            LOG.log(System.Logger.Level.WARNING, "Could not save where the window was: already closing", e);
        }
    }

    /** The wizard shown in the window, when services were available (replaced when the profile changes). */
    public Optional<WizardViewModel> wizard() {
        return Optional.ofNullable(wizard);
    }

    /** The installed application's services, when it runs on them. */
    public Optional<Workspace> workspace() {
        return services == null ? Optional.empty() : services.flatMap(AppServices::optionalWorkspace);
    }
}
