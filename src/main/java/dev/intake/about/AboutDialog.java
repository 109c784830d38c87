package dev.intake.about;

import dev.intake.common.AppVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/** "About Intake": the app's name, icon, description and version (the pom's, see {@link AppVersion}). */
public final class AboutDialog {
    static final String MESSAGES = "dev.intake.messages";

    @FXML
    private ResourceBundle resources;
    @FXML
    private Label version;
    @FXML
    private ImageView logo;

    @FXML
    private void initialize() {
        logo.setImage(new Image(AppIcons.url(64)));
        version.setText(MessageFormat.format(resources.getString("about.version"), AppVersion.current()));
    }

    /** Opens the dialog over {@code owner} (may be null) without blocking. */
    public static Dialog<Void> show(Window owner) {
        Dialog<Void> dialog = create(owner);
        dialog.show();
        return dialog;
    }

    static Dialog<Void> create(Window owner) {
        ResourceBundle messages = ResourceBundle.getBundle(MESSAGES);
        FXMLLoader loader = new FXMLLoader(AboutDialog.class.getResource("/fxml/AboutDialog.fxml"), messages);
        DialogPane pane;
        try {
            pane = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the About dialog's layout could not be loaded", e);
        }
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(messages.getString("about.title"));
        dialog.setDialogPane(pane);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog;
    }
}
