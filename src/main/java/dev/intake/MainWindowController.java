package dev.intake;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The main window's frame: a top bar with the profile area, the tabs, and a status bar. */
public final class MainWindowController {
    @FXML private BorderPane mainWindow;
    @FXML private HBox profileArea;
    @FXML private TabPane mainTabs;
    @FXML private Tab wizardTab;
    @FXML private Tab historyTab;
    @FXML private HBox statusBar;

    /** Puts the application wizard (or what stands in for it) into the first tab. */
    public void showWizard(Node content) {
        wizardTab.setContent(content);
    }

    /** Shows the history view in its tab, after the wizard's. */
    public void showHistory(Node content) {
        historyTab.setContent(content);
        if (!mainTabs.getTabs().contains(historyTab)) {
            mainTabs.getTabs().add(historyTab);
        }
    }

    public BorderPane root() {
        return mainWindow;
    }

    /** Where the current profile and the profile switcher go, at the right of the top bar. */
    public HBox profileArea() {
        return profileArea;
    }

    /** The bar along the bottom, e.g. for pending and failed submission counts. */
    public HBox statusBar() {
        return statusBar;
    }

    public TabPane tabs() {
        return mainTabs;
    }
}
