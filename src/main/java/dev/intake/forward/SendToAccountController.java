package dev.intake.forward;

import dev.intake.accounts.Profile;
import dev.intake.ats.Job;
import dev.intake.common.Fxml;
import java.io.IOException;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Binds {@code SendToAccount.fxml} to a {@link SendToAccountViewModel}. */
public final class SendToAccountController {
    private final SendToAccountViewModel model;

    @FXML
    private ChoiceBox<Profile> account;
    @FXML
    private Label jobLabel;
    @FXML
    private ComboBox<Job> job;
    @FXML
    private ListView<SendToAccountViewModel.Row> rows;
    @FXML
    private Label message;
    @FXML
    private Button sendButton;

    public SendToAccountController(SendToAccountViewModel model) {
        this.model = model;
    }

    /** Opens the dialog over {@code owner}. */
    public static Stage open(Window owner, SendToAccountViewModel model, ResourceBundle messages)
            throws IOException {
        Stage stage = Fxml.modalWindow(owner, Fxml.load("/fxml/SendToAccount.fxml", messages,
                new SendToAccountController(model)), messages.getString("forward.title"));
        stage.show();
        return stage;
    }

    @FXML
    private void initialize() {
        account.setItems(model.profiles());
        account.setConverter(converter(Profile::name));
        account.valueProperty().bindBidirectional(model.targetProperty());
        job.setItems(model.jobs());
        job.setConverter(converter(SendToAccountViewModel::jobName));
        job.valueProperty().bindBidirectional(model.pickedJobProperty());
        job.visibleProperty().bind(model.needsJobProperty());
        job.managedProperty().bind(job.visibleProperty());
        jobLabel.visibleProperty().bind(job.visibleProperty());
        jobLabel.managedProperty().bind(job.visibleProperty());
        rows.setItems(model.rows());
        rows.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SendToAccountViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.label() + "\n" + row.text());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        message.textProperty().bind(model.messageProperty());
        sendButton.disableProperty().bind(model.canSendProperty().not());
    }

    @FXML
    private void send() {
        model.send();
    }

    @FXML
    private void close() {
        ((Stage) sendButton.getScene().getWindow()).close();
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        };
    }
}
