package dev.intake.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;

/**
 * The main window's frame: the menu, a top bar with the profile area, notices, the tabs, and a status bar. What the
 * menu items do is handed in; an item without an action stays disabled.
 */
public final class MainWindowController {
    @FXML private BorderPane mainWindow;
    @FXML private HBox profileArea;
    @FXML private VBox noticeArea;
    @FXML private TabPane mainTabs;
    @FXML private Tab wizardTab;
    @FXML private Tab historyTab;
    @FXML private StatusBar statusBar;
    @FXML private MenuItem historyItem;
    @FXML private MenuItem profilesItem;
    @FXML private MenuItem settingsItem;
    @FXML private MenuItem importItem;
    @FXML private MenuItem newEventItem;
    @FXML private MenuItem openEventItem;
    @FXML private MenuItem editEventItem;
    @FXML private MenuItem kioskItem;
    @FXML private MenuItem summaryItem;

    private Runnable profilesAction = () -> { };
    private Runnable settingsAction = () -> { };
    private Consumer<Path> importAction = file -> { };
    private Runnable quitAction = () -> mainWindow.getScene().getWindow().hide();

    /** Puts the application wizard (or what stands in for it) into the first tab. */
    public void showWizard(Node content) {
        wizardTab.setContent(content);
    }

    /**
     * Adds the history tab after the wizard's. Its view is built by {@code view} the first time the tab is selected,
     * not before: the window is ready for typing sooner, and someone who never looks at the history never pays for
     * it.
     */
    public void showHistory(Supplier<Node> view) {
        if (historyTab.isSelected()) {
            historyTab.setContent(view.get());
        } else {
            historyTab.selectedProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> selected, Boolean was, Boolean now) {
                    if (now) {
                        selected.removeListener(this);
                        historyTab.setContent(view.get());
                    }
                }
            });
        }
        if (!mainTabs.getTabs().contains(historyTab)) {
            mainTabs.getTabs().add(historyTab);
        }
        historyItem.setDisable(false);
    }

    /** Menu → Profiles…: opens the profiles dialog. */
    public void setProfilesAction(Runnable action) {
        profilesAction = Objects.requireNonNull(action);
        profilesItem.setDisable(false);
    }

    /** Menu → Settings…: opens the settings dialog. */
    public void setSettingsAction(Runnable action) {
        settingsAction = Objects.requireNonNull(action);
        settingsItem.setDisable(false);
    }

    /**
     * Menu → Import… ({@code action} gets null: the file is still to be chosen) and a CSV or Excel file dropped on
     * the window ({@code action} gets that file). Drops that a view inside takes (a CV on the documents step) stay
     * there.
     */
    public void setImportAction(Consumer<Path> action) {
        importAction = Objects.requireNonNull(action);
        importItem.setDisable(false);
        mainWindow.setOnDragOver(event -> {
            if (importable(event.getDragboard().getFiles()) != null) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        mainWindow.setOnDragDropped(event -> {
            Path file = importable(event.getDragboard().getFiles());
            event.setDropCompleted(file != null);
            event.consume();
            if (file != null) {
                importAction.accept(file);
            }
        });
    }

    /** The one spreadsheet file among {@code files}, or null. */
    static Path importable(List<File> files) {
        if (files == null || files.size() != 1) {
            return null;
        }
        String name = files.getFirst().getName().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx") || name.endsWith(".tsv") || name.endsWith(".txt")
                ? files.getFirst().toPath() : null;
    }

    /** Fair → New event…, Open event…, Edit event…, Kiosk, Summary. Edit event… waits for {@link #eventOpened()}. */
    public void setFairActions(Runnable newEvent, Runnable openEvent, Runnable editEvent, Runnable kiosk,
            Runnable summary) {
        newEventItem.setOnAction(event -> newEvent.run());
        openEventItem.setOnAction(event -> openEvent.run());
        editEventItem.setOnAction(event -> editEvent.run());
        kioskItem.setOnAction(event -> kiosk.run());
        summaryItem.setOnAction(event -> summary.run());
        for (MenuItem item : List.of(newEventItem, openEventItem, kioskItem, summaryItem)) {
            item.setDisable(false);
        }
    }

    /** An event is open in this window: Fair → Edit event… edits it. */
    public void eventOpened() {
        editEventItem.setDisable(false);
    }

    /** Menu → Quit; by default it closes the window. */
    public void setQuitAction(Runnable action) {
        quitAction = Objects.requireNonNull(action);
    }

    /** A message above the tabs that stays until the user dismisses it. */
    public void showNotice(String text, String closeText) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        Button close = new Button(closeText);
        close.setAccessibleText(closeText);
        HBox notice = new HBox(12, label, close);
        notice.getStyleClass().addAll("banner", "warning", "notice");
        notice.setPadding(new Insets(8, 16, 8, 16));
        close.setOnAction(event -> noticeArea.getChildren().remove(notice));
        noticeArea.getChildren().add(notice);
    }

    public VBox noticeArea() {
        return noticeArea;
    }

    @FXML
    private void showWizardTab() {
        mainTabs.getSelectionModel().select(wizardTab);
    }

    @FXML
    private void showHistoryTab() {
        if (mainTabs.getTabs().contains(historyTab)) {
            mainTabs.getSelectionModel().select(historyTab);
        }
    }

    @FXML
    private void openProfiles() {
        profilesAction.run();
    }

    @FXML
    private void openSettings() {
        settingsAction.run();
    }

    @FXML
    private void openImport() {
        importAction.accept(null);
    }

    @FXML
    private void quit() {
        quitAction.run();
    }

    public BorderPane root() {
        return mainWindow;
    }

    /** Where the current profile and the profile switcher go, at the right of the top bar. */
    public HBox profileArea() {
        return profileArea;
    }

    /**
     * The bar along the bottom (ControlsFX): the connection state of the current profile at the left, the outbox's
     * pending and failed counts at the right. Empty when the window runs without a workspace.
     */
    public StatusBar statusBar() {
        return statusBar;
    }

    public TabPane tabs() {
        return mainTabs;
    }

    public Tab historyTab() {
        return historyTab;
    }
}
