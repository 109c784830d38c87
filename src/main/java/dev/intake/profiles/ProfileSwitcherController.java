package dev.intake.profiles;

import dev.intake.accounts.Profile;
import dev.intake.common.Fxml;
import dev.intake.form.HiddenParts;
import java.io.IOException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Binds {@code ProfileSwitcher.fxml}; {@code openProfiles} is how the main window opens the profiles dialog. */
public final class ProfileSwitcherController {
    public static final String FXML = "/fxml/ProfileSwitcher.fxml";

    private final ProfileSwitcherViewModel viewModel;
    private final Runnable openProfiles;
    private boolean syncing;

    @FXML private ComboBox<Profile> profileChoice;
    @FXML private Label sandboxBadge;
    @FXML private Button connectButton;
    @FXML private Label switchError;

    public ProfileSwitcherController(ProfileSwitcherViewModel viewModel, Runnable openProfiles) {
        this.viewModel = viewModel;
        this.openProfiles = openProfiles;
    }

    /** Loads the switcher for the main window's top bar. */
    public static Parent load(ProfileSwitcherViewModel viewModel, Runnable openProfiles, ResourceBundle messages)
            throws IOException {
        return Fxml.load(FXML, messages, new ProfileSwitcherController(viewModel, openProfiles));
    }

    @FXML
    private void initialize() {
        // Its list (a list view, with a cell per profile) was styled and laid out with the window's first full frame.
        HiddenParts.listWhenOpened(profileChoice);
        profileChoice.setItems(viewModel.profiles());
        profileChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Profile profile) {
                return viewModel.label(profile);
            }

            @Override
            public Profile fromString(String text) {
                return null;
            }
        });
        profileChoice.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Profile profile, boolean empty) {
                super.updateItem(profile, empty);
                setText(empty || profile == null ? null : viewModel.label(profile));
            }
        });
        show(viewModel.currentProperty().get());
        viewModel.currentProperty().addListener((obs, old, current) -> show(current));
        // The list is replaced after each change in the dialog; keep showing the current profile.
        viewModel.profiles().addListener((javafx.collections.ListChangeListener<Profile>) change ->
                show(viewModel.currentProperty().get()));
        profileChoice.valueProperty().addListener((obs, old, chosen) -> {
            if (!syncing && chosen != null) {
                viewModel.switchTo(chosen);
            }
        });
        profileChoice.disableProperty().bind(viewModel.busyProperty());
        sandboxBadge.visibleProperty().bind(viewModel.sandboxActiveBinding());
        sandboxBadge.managedProperty().bind(viewModel.sandboxActiveBinding());
        connectButton.textProperty().bind(viewModel.actionTextBinding());
        switchError.textProperty().bind(viewModel.errorProperty());
        switchError.visibleProperty().bind(Bindings.isNotEmpty(viewModel.errorProperty()));
        switchError.managedProperty().bind(switchError.visibleProperty());
    }

    private void show(Profile current) {
        syncing = true;
        try {
            profileChoice.setValue(current);
        } finally {
            syncing = false;
        }
    }

    @FXML
    private void openProfiles() {
        openProfiles.run();
    }
}
