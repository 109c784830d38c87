package dev.intake.about;

import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/** The Help menu ({@code fxml/HelpMenu.fxml}), for any window's menu bar to include. */
public final class HelpMenu {
    @FXML
    private void showAbout(ActionEvent event) {
        ContextMenu popup = ((MenuItem) event.getSource()).getParentPopup();
        AboutDialog.show(popup == null ? null : popup.getOwnerWindow());
    }
}
