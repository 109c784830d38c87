package dev.intake;

import dev.intake.about.AppIcons;
import dev.intake.common.Stylesheet;
import dev.intake.settings.Theme;
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
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window on the services its factory provides. */
public class IntakeApp extends Application {
    static final String MESSAGES = Messages.BUNDLE;

    private final ServicesFactory servicesFactory;
    private final FilePicker files;
    private WizardViewModel wizard;

    /** Used by {@link Application#launch}: the installed application's services. */
    public IntakeApp() {
        this(new ProductionServicesFactory(), FilePicker.system());
    }

    public IntakeApp(ServicesFactory servicesFactory, FilePicker files) {
        this.servicesFactory = Objects.requireNonNull(servicesFactory);
        this.files = Objects.requireNonNull(files);
    }

    @Override
    public void start(Stage stage) throws IOException {
        Messages messages = Messages.load();
        FXMLLoader loader = new FXMLLoader(IntakeApp.class.getResource("/fxml/MainWindow.fxml"), messages.bundle());
        Parent root = loader.load();
        MainWindowController window = loader.getController();
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        Optional<AppServices> services = servicesFactory.create(args);
        if (services.isPresent()) {
            AppServices s = services.get();
            wizard = new WizardViewModel(s.ats(), s.outbox(), s.drafts(), s.profile(), s.executor(), messages,
                    Clock.systemDefaultZone(), new RecentSources());
            window.showWizard(WizardController.load(wizard, files));
            wizard.start();
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
        Stylesheet.apply(scene, Theme.SYSTEM);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        AppIcons.addTo(stage);
        stage.show();
        SmokeTest.runIfRequested(getParameters(), stage);
    }

    @Override
    public void stop() {
        if (wizard != null) {
            wizard.submission().dispose();
        }
    }

    /** The wizard shown in the window, when services were available. */
    public Optional<WizardViewModel> wizard() {
        return Optional.ofNullable(wizard);
    }
}
