package dev.intake.app;

import dev.intake.common.UserMessage;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Start-up questions as alerts, over the main window that already shows. Called from the thread that builds the
 * services: the alert runs on the UI thread while that thread waits for the answer, so the UI thread never waits.
 */
final class FxStartupDialogs implements ProductionServicesFactory.StartupDialogs {
    private final ResourceBundle messages = ResourceBundle.getBundle(UserMessage.BUNDLE);

    @Override
    public boolean openReadOnlyInstead(Path dataDirectory) {
        return onUiThread(() -> {
            ButtonType readOnly = new ButtonType(messages.getString("main.locked.readOnly"),
                    ButtonBar.ButtonData.OK_DONE);
            ButtonType quit = new ButtonType(messages.getString("main.locked.quit"),
                    ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                    UserMessage.of("main.locked.text", dataDirectory).format(messages), readOnly, quit);
            alert.setTitle(messages.getString("app.title"));
            alert.setHeaderText(messages.getString("main.locked.title"));
            return alert.showAndWait().filter(readOnly::equals).isPresent();
        });
    }

    @Override
    public void cannotStart(String message) {
        onUiThread(() -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
            alert.setTitle(messages.getString("app.title"));
            alert.setHeaderText(messages.getString("main.cannotStart.title"));
            alert.showAndWait();
            return null;
        });
    }

    private static <T> T onUiThread(Callable<T> dialog) {
        if (Platform.isFxApplicationThread()) {
            try {
                return dialog.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        FutureTask<T> task = new FutureTask<>(dialog);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupCancelledException();
        } catch (ExecutionException e) {
            throw new IllegalStateException("A start-up dialog failed", e.getCause());
        }
    }
}
