package dev.intake.fair.kiosk;

import dev.intake.ats.Job;
import dev.intake.form.FieldViews;
import dev.intake.form.FilePicker;
import dev.intake.form.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * Binds the kiosk page to its ViewModel, ticks it every second, reports every key and click as activity, and opens
 * the PIN prompt on Ctrl+Shift+Q. The window around it (full screen, no close) is {@link KioskWindow}'s.
 */
public final class KioskController {
    static final KeyCombination EXIT_KEYS = KeyCombination.keyCombination("Shortcut+Shift+Q");
    private final KioskViewModel viewModel;
    private final Messages messages;
    private final FilePicker files;
    private final Timeline ticker;
    private final boolean tickEverySecond;

    @FXML private StackPane root;
    @FXML private VBox formPage;
    @FXML private Label welcome;
    @FXML private TextField firstName;
    @FXML private Label firstNameError;
    @FXML private TextField lastName;
    @FXML private Label lastNameError;
    @FXML private TextField email;
    @FXML private Label emailError;
    @FXML private TextField phone;
    @FXML private Label phoneError;
    @FXML private SearchableComboBox<Job> job;
    @FXML private Label cvName;
    @FXML private Label consentText;
    @FXML private CheckBox consent;
    @FXML private Label consentError;
    @FXML private Button submit;
    @FXML private VBox thanksPage;
    @FXML private VBox countdownBox;
    @FXML private Label countdownText;
    @FXML private VBox pinBox;
    @FXML private PasswordField pin;
    @FXML private Label pinMessage;
    @FXML private Button pinOk;

    /** {@code tickEverySecond}: false in tests that call {@link KioskViewModel#tick()} themselves. */
    public KioskController(KioskViewModel viewModel, Messages messages, FilePicker files, boolean tickEverySecond) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.messages = Objects.requireNonNull(messages);
        this.files = Objects.requireNonNull(files);
        this.ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> viewModel.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        this.tickEverySecond = tickEverySecond;
    }

    @FXML
    private void initialize() {
        welcome.setText(messages.get("fair.kiosk.welcome", viewModel.setup().eventName()));
        FieldViews.bindText(firstName, viewModel.firstName(), firstNameError);
        FieldViews.bindText(lastName, viewModel.lastName(), lastNameError);
        FieldViews.bindText(email, viewModel.email(), emailError);
        FieldViews.bindText(phone, viewModel.phone(), phoneError);
        job.getItems().setAll(viewModel.setup().jobs());
        job.setConverter(new StringConverter<>() {
            @Override
            public String toString(Job item) {
                return item == null ? "" : item.title();
            }

            @Override
            public Job fromString(String text) {
                return null;
            }
        });
        FieldViews.bindValue(job, viewModel.job(), null);
        cvName.textProperty().bind(Bindings.createStringBinding(() -> {
            Path chosen = viewModel.document().get();
            return chosen == null ? messages.get("fair.kiosk.cv.none") : String.valueOf(chosen.getFileName());
        }, viewModel.document()));
        consentText.setText(viewModel.setup().consentText());
        consent.selectedProperty().bindBidirectional(viewModel.consent().valueProperty());
        FieldViews.decorate(consent, viewModel.consent(), consentError);

        formPage.visibleProperty().bind(viewModel.pageProperty().isEqualTo(KioskViewModel.Page.FORM));
        thanksPage.visibleProperty().bind(viewModel.pageProperty().isEqualTo(KioskViewModel.Page.THANKS));
        countdownBox.visibleProperty().bind(viewModel.countdownProperty().greaterThanOrEqualTo(0));
        countdownText.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("fair.kiosk.countdown", Math.max(0, viewModel.countdownProperty().get())),
                viewModel.countdownProperty()));
        pinBox.visibleProperty().bind(viewModel.pinPromptProperty());
        pinMessage.textProperty().bind(viewModel.pinMessageProperty());
        pinMessage.visibleProperty().bind(viewModel.pinMessageProperty().isNotNull());
        pinOk.disableProperty().bind(viewModel.pinLockedProperty());
        formPage.disableProperty().bind(viewModel.pinPromptProperty().or(countdownBox.visibleProperty()));
        formPage.disabledProperty().addListener((obs, was, now) -> Platform.runLater(viewModel::calmEmptyFields));
        viewModel.pinPromptProperty().addListener((obs, was, now) -> {
            pin.clear();
            if (now) {
                Platform.runLater(() -> {
                    pin.requestFocus();
                    viewModel.calmEmptyFields();
                });
            } else {
                Platform.runLater(firstName::requestFocus);
            }
        });
        viewModel.pageProperty().addListener((obs, old, now) -> {
            if (now == KioskViewModel.Page.FORM) {
                Platform.runLater(firstName::requestFocus);
            }
        });

        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (EXIT_KEYS.match(event)) {
                event.consume();
                viewModel.requestExit();
            } else {
                viewModel.activity();
            }
        });
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> viewModel.activity());
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && viewModel.pinPromptProperty().get()) {
                event.consume();
                viewModel.cancelExit();
            }
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(firstName::requestFocus);
                if (tickEverySecond) {
                    ticker.play();
                }
            } else {
                ticker.stop();
            }
        });
    }

    @FXML
    private void submit() {
        if (!viewModel.submit()) {
            Node first = fieldNode(viewModel.firstInvalid());
            if (first != null) {
                first.requestFocus();
            }
        }
    }

    private Node fieldNode(Object field) {
        List<Object> fields = List.of(viewModel.firstName(), viewModel.lastName(), viewModel.email(),
                viewModel.phone(), viewModel.job(), viewModel.consent());
        List<Node> nodes = List.of(firstName, lastName, email, phone, job, consent);
        int index = fields.indexOf(field);
        return index < 0 ? null : nodes.get(index);
    }

    @FXML
    private void chooseCv() {
        List<Path> chosen = files.pickFiles(root.getScene().getWindow(), messages.get("fair.kiosk.cv"), false);
        viewModel.activity();
        if (!chosen.isEmpty()) {
            viewModel.document().set(chosen.getFirst());
        }
    }

    @FXML
    private void stay() {
        viewModel.activity();
    }

    @FXML
    private void enterPin() {
        char[] typed = pin.getText().toCharArray();
        pin.clear();
        viewModel.enterPin(typed);
    }

    @FXML
    private void cancelPin() {
        viewModel.cancelExit();
    }

    /** Stops the clock; the kiosk is closing. */
    public void stop() {
        ticker.stop();
    }

    public StackPane root() {
        return root;
    }
}
