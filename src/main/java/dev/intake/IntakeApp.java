package dev.intake;

import dev.intake.about.AppIcons;
import dev.intake.startup.SmokeTest;
import java.io.IOException;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window. */
public class IntakeApp extends Application {
    static final String MESSAGES = "dev.intake.messages";

    @Override
    public void start(Stage stage) throws IOException {
        ResourceBundle messages = ResourceBundle.getBundle(MESSAGES);
        FXMLLoader loader = new FXMLLoader(IntakeApp.class.getResource("/fxml/MainWindow.fxml"), messages);
        Parent root = loader.load();
        stage.setTitle(messages.getString("app.title"));
        stage.setScene(new Scene(root, 1280, 800));
        AppIcons.addTo(stage);
        stage.show();
        SmokeTest.runIfRequested(getParameters(), stage);
    }
}
