package dev.intake.fair.pack;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/** Binds the event pack's line to its ViewModel; F5 anywhere on the screen it heads refreshes. */
public final class EventPackBarController {
    private final EventPackBarViewModel viewModel;
    @FXML private VBox root;
    @FXML private Label status;
    @FXML private Label problem;
    @FXML private Button refresh;

    public EventPackBarController(EventPackBarViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel);
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(viewModel.statusProperty());
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        refresh.disableProperty().bind(viewModel.refreshingProperty());
    }

    @FXML
    private void refresh() {
        viewModel.refresh();
    }

    /** Lets F5 refresh while focus is anywhere in {@code screen} (the bar and the page below it). */
    public void refreshOnF5(Node screen) {
        screen.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F5 && !event.isShortcutDown() && !event.isAltDown()) {
                event.consume();
                viewModel.refresh();
            }
        });
    }
}
