package hello;

import dev.intake.startup.SmokeTest;
import java.io.IOException;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * A minimal JavaFX app: one window loaded from FXML. bench/startup.sh compiles Intake's start-up probe into it
 * (dev.intake.startup), so that {@code --smoke-test} times both apps in the same way.
 */
public class HelloApp extends Application {
    @Override
    public void start(Stage stage) throws IOException {
        Parent root = FXMLLoader.load(HelloApp.class.getResource("Hello.fxml"));
        stage.setTitle("Hello");
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
        SmokeTest.runIfRequested(getParameters(), stage);
    }

    public static void main(String[] args) {
        launch(HelloApp.class, args);
    }
}
