package dev.intake.settings;

import dev.intake.ats.ProxyConfig;
import dev.intake.common.Fxml;
import dev.intake.common.Theme;
import dev.intake.form.Field;
import dev.intake.form.FieldViews;
import java.io.File;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

/** Binds {@code SettingsDialog.fxml} to a {@link SettingsViewModel}; owns only the folder chooser and clipboard. */
public final class SettingsController {
    public static final String FXML = "/fxml/SettingsDialog.fxml";

    private final SettingsViewModel viewModel;
    private final Map<Field<?>, Node> controls = new HashMap<>();

    @FXML private ResourceBundle resources;
    @FXML private TextField dataDirectoryField;
    @FXML private Label dataDirectoryError;
    @FXML private SegmentedButton themeChoice;
    @FXML private TextField retentionField;
    @FXML private Label retentionError;
    @FXML private ComboBox<String> languageChoice;
    @FXML private ToggleGroup proxyModes;
    @FXML private RadioButton systemProxy;
    @FXML private RadioButton directProxy;
    @FXML private RadioButton explicitProxy;
    @FXML private GridPane proxyFields;
    @FXML private TextField proxyHostField;
    @FXML private Label proxyHostError;
    @FXML private TextField proxyPortField;
    @FXML private Label proxyPortError;
    @FXML private TextField proxyUserField;
    @FXML private PasswordField proxyPasswordField;
    @FXML private Label proxyPasswordHint;
    @FXML private Label restartNote;
    @FXML private Label status;
    @FXML private Button diagnosticsButton;
    @FXML private Button saveButton;
    @FXML private VBox dataDirectoryConfirm;
    @FXML private Label dataDirectoryWarning;
    @FXML private Button keepDataDirectoryButton;

    public SettingsController(SettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(SettingsViewModel viewModel, ResourceBundle messages) throws IOException {
        return Fxml.load(FXML, messages, new SettingsController(viewModel));
    }

    public static Stage open(Window owner, SettingsViewModel viewModel, ResourceBundle messages) throws IOException {
        Stage stage = Fxml.modalWindow(owner, load(viewModel, messages), messages.getString("settings.title"));
        stage.show();
        return stage;
    }

    @FXML
    private void initialize() {
        bindField(dataDirectoryField, viewModel.dataDirectory(), dataDirectoryError);
        bindField(retentionField, viewModel.retentionDays(), retentionError);
        bindField(proxyHostField, viewModel.proxyHost(), proxyHostError);
        bindField(proxyPortField, viewModel.proxyPort(), proxyPortError);
        bindField(proxyUserField, viewModel.proxyUser(), null);
        bindField(proxyPasswordField, viewModel.proxyPassword(), null);
        showText(proxyPasswordHint, viewModel.proxyPasswordHintProperty());
        showText(status, viewModel.statusProperty());
        viewModel.statusIsErrorProperty().addListener((obs, old, error) -> {
            status.getStyleClass().remove("field-error");
            if (error) {
                status.getStyleClass().add("field-error");
            }
        });

        bindThemes();
        languageChoice.getItems().setAll(viewModel.languages());
        languageChoice.setConverter(converter(viewModel::languageLabel));
        languageChoice.valueProperty().bindBidirectional(viewModel.languageProperty());

        Map<ProxyConfig.Mode, RadioButton> modes = Map.of(ProxyConfig.Mode.SYSTEM, systemProxy,
                ProxyConfig.Mode.DIRECT, directProxy, ProxyConfig.Mode.EXPLICIT, explicitProxy);
        modes.forEach((mode, button) -> button.setUserData(mode));
        proxyModes.selectToggle(modes.get(viewModel.proxyModeProperty().get()));
        proxyModes.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                viewModel.proxyModeProperty().set((ProxyConfig.Mode) toggle.getUserData());
            }
        });
        viewModel.proxyModeProperty().addListener((obs, old, mode) -> {
            Toggle wanted = modes.get(mode);
            if (proxyModes.getSelectedToggle() != wanted) {
                proxyModes.selectToggle(wanted);
            }
        });
        proxyFields.disableProperty().bind(viewModel.explicitProxyBinding().not());
        show(restartNote, viewModel.restartNeededBinding());
        saveButton.disableProperty().bind(viewModel.busyProperty()
                .or(viewModel.confirmingDataDirectoryProperty()));
        dataDirectoryWarning.textProperty().bind(viewModel.dataDirectoryWarningProperty());
        show(dataDirectoryConfirm, viewModel.confirmingDataDirectoryProperty());
        viewModel.confirmingDataDirectoryProperty().addListener((obs, old, asking) -> {
            if (asking) {
                keepDataDirectoryButton.requestFocus(); // Enter keeps the folder: the safe answer
            }
        });
        diagnosticsButton.disableProperty().bind(viewModel.busyProperty());
    }

    private void bindField(TextInputControl control, Field<String> field, Label error) {
        FieldViews.bindText(control, field, error);
        controls.put(field, control);
    }

    /** One button per theme, side by side: every choice in sight, one click to change, one always chosen. */
    private void bindThemes() {
        Map<Theme, ToggleButton> buttons = new EnumMap<>(Theme.class);
        ToggleGroup group = themeChoice.getToggleGroup();
        for (Theme theme : viewModel.themes()) {
            ToggleButton button = new ToggleButton(viewModel.themeLabel(theme));
            button.setUserData(theme);
            button.setMnemonicParsing(false);
            button.setToggleGroup(group); // the skin does it too, but only once it is shown
            buttons.put(theme, button);
            themeChoice.getButtons().add(button);
        }
        group.selectToggle(buttons.get(viewModel.themeProperty().get()));
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                group.selectToggle(old); // a click on the chosen theme keeps it chosen
            } else {
                viewModel.themeProperty().set((Theme) toggle.getUserData());
            }
        });
        viewModel.themeProperty().addListener((obs, old, theme) -> group.selectToggle(buttons.get(theme)));
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private static void showText(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        show(label, Bindings.isNotEmpty(text));
    }

    private static void show(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    @FXML
    private void browse() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(resources.getString("settings.dataDirectory"));
        Field<String> directory = viewModel.dataDirectory();
        if (!directory.get().isBlank() && new File(directory.get()).isDirectory()) {
            chooser.setInitialDirectory(new File(directory.get()));
        }
        File chosen = chooser.showDialog(dataDirectoryField.getScene().getWindow());
        if (chosen != null) {
            directory.set(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void save() {
        viewModel.save();
        // As in the wizard: the first field to fix takes the focus.
        viewModel.fields().firstInvalid().map(controls::get).ifPresent(Node::requestFocus);
    }

    @FXML
    private void keepDataDirectory() {
        viewModel.keepDataDirectory();
    }

    @FXML
    private void changeDataDirectoryAnyway() {
        viewModel.changeDataDirectoryAnyway();
    }

    @FXML
    private void copyDiagnostics() {
        viewModel.copyDiagnostics(text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
    }

    @FXML
    private void close() {
        ((Stage) dataDirectoryField.getScene().getWindow()).close();
    }
}
