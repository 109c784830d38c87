package dev.intake.profiles;

import dev.intake.accounts.ConnectionOutcome;
import dev.intake.accounts.Profile;
import dev.intake.common.Fxml;
import dev.intake.form.Field;
import dev.intake.form.FieldViews;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Binds {@code ProfilesDialog.fxml} to a {@link ProfilesViewModel}; no logic of its own. */
public final class ProfilesController {
    public static final String FXML = "/fxml/ProfilesDialog.fxml";

    private final ProfilesViewModel viewModel;
    private boolean syncingSelection;
    private final Map<Field<?>, Node> controls = new HashMap<>();

    @FXML private ResourceBundle resources;
    @FXML private ListView<Profile> profileList;
    @FXML private Label readOnlyNote;
    @FXML private TextField nameField;
    @FXML private TextField baseUrlField;
    @FXML private TextField accountIdField;
    @FXML private PasswordField apiKeyField;
    @FXML private TextField sourceIdField;
    @FXML private TextField sourceNameField;
    @FXML private TextField locationIdField;
    @FXML private TextField applicationStatusField;
    @FXML private TextField jobStatusFilterField;
    @FXML private Label nameError;
    @FXML private Label baseUrlError;
    @FXML private Label accountIdError;
    @FXML private Label apiKeyError;
    @FXML private Label apiKeyHint;
    @FXML private Button saveButton;
    @FXML private Button testButton;
    @FXML private ProgressIndicator testProgress;
    @FXML private Label testResult;
    @FXML private Button switchButton;
    @FXML private Button deleteButton;
    @FXML private HBox deleteConfirmBar;
    @FXML private Label deleteQuestion;
    @FXML private VBox waitingBar;
    @FXML private Label waitingQuestion;
    @FXML private ComboBox<Profile> moveTargetChoice;
    @FXML private Button moveWaitingButton;
    @FXML private Button keepProfileButton;
    @FXML private Label status;
    private final ChangeListener<Profile> refreshOnSwitch = (obs, old, now) -> profileList.refresh();

    public ProfilesController(ProfilesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Loads the dialog's content. */
    public static Parent load(ProfilesViewModel viewModel, ResourceBundle messages) throws IOException {
        return Fxml.load(FXML, messages, new ProfilesController(viewModel));
    }

    /** Opens the dialog over {@code owner}. */
    public static Stage open(Window owner, ProfilesViewModel viewModel, ResourceBundle messages) throws IOException {
        Stage stage = Fxml.modalWindow(owner, load(viewModel, messages), messages.getString("profiles.title"));
        stage.show();
        return stage;
    }

    @FXML
    private void initialize() {
        profileList.setItems(viewModel.profiles());
        profileList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Profile profile, boolean empty) {
                super.updateItem(profile, empty);
                setText(empty || profile == null ? null : viewModel.label(profile)
                        + (viewModel.isCurrent(profile) ? "  ✓ " + resources.getString("profiles.inUse") : ""));
            }
        });
        // The current profile outlives this dialog: listen weakly so a closed dialog can be collected.
        viewModel.currentProperty().addListener(new WeakChangeListener<>(refreshOnSwitch));
        profileList.getSelectionModel().selectedItemProperty().addListener((obs, old, profile) -> {
            if (!syncingSelection && profile != null) {
                viewModel.selectedProperty().set(profile);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, profile) -> selectInList(profile));
        selectInList(viewModel.selectedProperty().get());

        bindField(nameField, viewModel.name(), nameError);
        bindField(baseUrlField, viewModel.baseUrl(), baseUrlError);
        bindField(accountIdField, viewModel.accountId(), accountIdError);
        bindField(apiKeyField, viewModel.apiKey(), apiKeyError);
        apiKeyHint.textProperty().bind(viewModel.apiKeyHintProperty());
        showWhenText(apiKeyHint);
        bindField(sourceIdField, viewModel.sourceId(), null);
        bindField(sourceNameField, viewModel.sourceName(), null);
        bindField(locationIdField, viewModel.locationId(), null);
        bindField(applicationStatusField, viewModel.applicationStatus(), null);
        bindField(jobStatusFilterField, viewModel.jobStatusFilter(), null);

        readOnlyNote.textProperty().bind(viewModel.readOnlyNoteProperty());
        showWhenText(readOnlyNote);
        saveButton.disableProperty().bind(viewModel.canSaveBinding().not());
        testButton.disableProperty().bind(viewModel.testingProperty()
                .or(viewModel.selectedProperty().isNull().and(viewModel.creatingProperty().not())));
        testProgress.visibleProperty().bind(viewModel.testingProperty());
        testProgress.managedProperty().bind(viewModel.testingProperty());
        testResult.textProperty().bind(viewModel.testResultProperty());
        viewModel.testOutcomeProperty().addListener((obs, old, outcome) -> {
            testResult.getStyleClass().removeAll("test-ok", "test-failed");
            if (outcome != null) {
                testResult.getStyleClass().add(outcome == ConnectionOutcome.CONNECTED ? "test-ok" : "test-failed");
            }
        });
        switchButton.disableProperty().bind(viewModel.canSwitchBinding().not());
        deleteButton.disableProperty().bind(viewModel.canDeleteBinding().not());
        show(deleteConfirmBar, viewModel.confirmingDeleteProperty());
        deleteQuestion.textProperty().bind(viewModel.deleteQuestionProperty());
        ProfileDeletion deletion = viewModel.deletion();
        show(waitingBar, deletion.askingAboutWaitingProperty());
        waitingQuestion.textProperty().bind(deletion.waitingQuestionProperty());
        moveTargetChoice.setItems(deletion.moveTargets());
        moveTargetChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Profile profile) {
                return viewModel.label(profile);
            }

            @Override
            public Profile fromString(String text) {
                return null;
            }
        });
        moveTargetChoice.valueProperty().bindBidirectional(deletion.moveTargetProperty());
        moveTargetChoice.disableProperty().bind(deletion.canMoveProperty().not());
        moveWaitingButton.disableProperty().bind(deletion.canMoveProperty().not().or(viewModel.busyProperty()));
        deletion.askingAboutWaitingProperty().addListener((obs, old, asking) -> {
            if (asking) {
                keepProfileButton.requestFocus(); // Enter keeps the profile: the answer that loses nothing
            }
        });
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.statusIsErrorProperty().addListener((obs, old, error) -> {
            status.getStyleClass().remove("field-error");
            if (error) {
                status.getStyleClass().add("field-error");
            }
        });
    }

    /** The form kit's binding (value, :invalid, the message under the field); read-only profiles are disabled. */
    private void bindField(TextInputControl control, Field<String> field, Label error) {
        FieldViews.bindText(control, field, error);
        controls.put(field, control);
        control.disableProperty().bind(viewModel.readOnlyProperty());
    }

    private static void showWhenText(Label label) {
        show(label, Bindings.isNotEmpty(label.textProperty()));
    }

    private static void show(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private void selectInList(Profile profile) {
        syncingSelection = true;
        try {
            if (profile == null) {
                profileList.getSelectionModel().clearSelection();
            } else {
                profileList.getSelectionModel().select(profile);
            }
        } finally {
            syncingSelection = false;
        }
    }

    @FXML
    private void newProfile() {
        viewModel.newProfile();
        nameField.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.save();
        // As in the wizard: the first field to fix takes the focus.
        viewModel.fields().firstInvalid().map(controls::get).ifPresent(Node::requestFocus);
    }

    @FXML
    private void testConnection() {
        viewModel.testConnection();
    }

    @FXML
    private void switchToSelected() {
        viewModel.switchToSelected();
    }

    @FXML
    private void requestDelete() {
        viewModel.requestDelete();
    }

    @FXML
    private void confirmDelete() {
        viewModel.confirmDelete();
    }

    @FXML
    private void cancelDelete() {
        viewModel.cancelDelete();
    }

    @FXML
    private void moveWaitingAndDelete() {
        viewModel.deletion().moveAndDelete();
    }

    @FXML
    private void keepWhileWaiting() {
        viewModel.deletion().keep();
    }

    @FXML
    private void close() {
        ((Stage) profileList.getScene().getWindow()).close();
    }
}
