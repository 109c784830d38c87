import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.Rating;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.TaskProgressView;
import org.controlsfx.control.ToggleSwitch;
import org.controlsfx.control.spreadsheet.GridBase;
import org.controlsfx.control.spreadsheet.SpreadsheetCell;
import org.controlsfx.control.spreadsheet.SpreadsheetCellType;
import org.controlsfx.control.spreadsheet.SpreadsheetView;
import org.controlsfx.control.textfield.TextFields;

/**
 * Shows every ControlsFX widget Intake may use, in a JVM where ControlsFX is a named module as in the packaged
 * image (ControlsFxAccessTest runs it). Prints "shown" once they were laid out and drawn; any failure goes to stderr
 * and the exit code is 1.
 */
public class ControlsFxProbe {
    public static void main(String[] args) throws Exception {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            e.printStackTrace();
            System.exit(1);
        });
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            StatusBar status = new StatusBar();
            status.getLeftItems().add(new Label("Sandbox: connected"));
            status.getRightItems().add(new Label("0 waiting to be sent"));
            TextField search = TextFields.createClearableTextField();
            TextField suggesting = new TextField();
            TextFields.bindAutoCompletion(suggesting, List.of("Warehouse Lead", "Welder"));
            SearchableComboBox<String> jobs = new SearchableComboBox<>(FXCollections.observableArrayList("a", "b"));
            TaskProgressView<Task<Void>> tasks = new TaskProgressView<>();
            VBox root = new VBox(status, search, suggesting, jobs, new ToggleSwitch("on"),
                    new SegmentedButton(new ToggleButton("1"), new ToggleButton("2")), new Rating(), tasks,
                    spreadsheet());
            stage.setScene(new Scene(root, 800, 600));
            stage.show();
            search.setText("ana");
            search.setText("");
            suggesting.setText("W");
            Notifications.create().owner(stage).title("Application created").text("Ada").position(Pos.BOTTOM_RIGHT)
                    .show();
            Notifications.create().owner(stage).title("Saved").text("Ada").darkStyle().show();
            // Two turns later the skins exist and a pulse has laid out and drawn them.
            Platform.runLater(() -> Platform.runLater(shown::countDown));
        });
        if (!shown.await(30, TimeUnit.SECONDS)) {
            System.err.println("the widgets were not shown within 30 s");
            System.exit(1);
        }
        System.out.println("shown");
        Platform.exit();
    }

    private static SpreadsheetView spreadsheet() {
        GridBase grid = new GridBase(3, 2);
        ObservableList<ObservableList<SpreadsheetCell>> rows = FXCollections.observableArrayList();
        for (int row = 0; row < 3; row++) {
            ObservableList<SpreadsheetCell> cells = FXCollections.observableArrayList();
            for (int column = 0; column < 2; column++) {
                cells.add(SpreadsheetCellType.STRING.createCell(row, column, 1, 1, "r" + row + "c" + column));
            }
            rows.add(cells);
        }
        grid.setRows(rows);
        SpreadsheetView view = new SpreadsheetView(grid);
        view.getSelectionModel().select(1, view.getColumns().get(1));
        return view;
    }
}
