package dev.intake;

import dev.intake.about.AppIcons;
import dev.intake.accounts.Profile;
import dev.intake.ats.Ats;
import dev.intake.common.Stylesheet;
import dev.intake.common.TaskExecutor;
import dev.intake.outbox.Outbox;
import dev.intake.settings.Theme;
import dev.intake.store.DraftStore;
import dev.intake.wizard.FilePicker;
import dev.intake.wizard.Messages;
import dev.intake.wizard.WizardController;
import dev.intake.wizard.WizardViewModel;
import dev.intake.startup.SmokeTest;
import dev.intake.wizard.job.RecentSources;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The JavaFX application: builds the main window on the services its factory provides. The factory runs in
 * {@link #init()}, off the UI thread (opening the database, starting the sandbox, reading credentials); when the
 * window is started without {@code init()} (tests on in-memory services) it runs in {@link #start}.
 */
public class IntakeApp extends Application {
    static final String MESSAGES = Messages.BUNDLE;

    private final ServicesFactory servicesFactory;
    private final FilePicker files;
    private static final int RECENT_SUBMISSIONS = 50;
    private final RecentSources recentSources = new RecentSources();
    private Optional<AppServices> services;
    private boolean cancelled;
    private Messages messages;
    private MainWindowController window;
    private WizardViewModel wizard;
    private Desktop desktop;

    /** Used by {@link Application#launch}: the installed application's services. */
    public IntakeApp() {
        this(new ProductionServicesFactory(), FilePicker.system());
    }

    public IntakeApp(ServicesFactory servicesFactory, FilePicker files) {
        this.servicesFactory = Objects.requireNonNull(servicesFactory);
        this.files = Objects.requireNonNull(files);
    }

    /** Builds the services off the UI thread; a start-up the user cancelled (or that cannot go on) quits. */
    @Override
    public void init() {
        services = create();
        // Off the UI thread: the sources of recent submissions are suggested again after a restart.
        services.flatMap(AppServices::optionalWorkspace)
                .ifPresent(workspace -> recentSources.rememberAll(workspace.recentSourceNames(RECENT_SUBMISSIONS)));
    }

    private Optional<AppServices> create() {
        try {
            return servicesFactory.create(arguments());
        } catch (StartupCancelledException e) {
            cancelled = true;
            Platform.exit();
            return Optional.empty();
        }
    }

    private List<String> arguments() {
        return getParameters() == null ? List.of() : getParameters().getRaw();
    }

    @Override
    public void start(Stage stage) throws IOException {
        if (services == null && !cancelled) {
            services = create();
        }
        if (cancelled) {
            return;
        }
        messages = Messages.load();
        FXMLLoader loader = new FXMLLoader(IntakeApp.class.getResource("/fxml/MainWindow.fxml"), messages.bundle());
        Parent root = loader.load();
        window = loader.getController();
        Optional<Workspace> workspace = services.flatMap(AppServices::optionalWorkspace);
        if (services.isPresent()) {
            AppServices s = services.get();
            showWizard(s.ats(), s.profile());
            if (workspace.isPresent()) {
                desktop = new Desktop(this, window, stage, workspace.get(), messages);
                desktop.install();
            }
        } else {
            Label title = new Label(messages.get("main.noServices.title"));
            title.getStyleClass().add("step-heading");
            Label detail = new Label(messages.get("main.noServices.detail"));
            detail.setWrapText(true);
            VBox notice = new VBox(8, title, detail);
            notice.getStyleClass().addAll("banner", "warning", "no-services");
            window.showWizard(notice);
        }
        stage.setTitle(messages.get("app.title"));
        Scene scene = new Scene(root, 1280, 800);
        Stylesheet.apply(scene, workspace.map(w -> w.settings().theme()).orElse(Theme.SYSTEM));
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        AppIcons.addTo(stage);
        stage.show();
        if (desktop != null) {
            desktop.shown();
        }
        SmokeTest.runIfRequested(getParameters(), stage);
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
        window.showWizard(WizardController.load(wizard, files));
        wizard.start();
    }

    /** While the next profile's ATS is being prepared: the wizard tab says so. */
    void showWizardPlaceholder(String text) {
        closeWizard();
        wizard = null;
        Label label = new Label(text);
        label.getStyleClass().add("step-heading");
        VBox box = new VBox(label);
        box.getStyleClass().add("starting");
        box.setPadding(new javafx.geometry.Insets(24));
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
        if (desktop != null) {
            desktop.close();
        }
        services.flatMap(AppServices::optionalWorkspace).ifPresent(Workspace::close);
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
