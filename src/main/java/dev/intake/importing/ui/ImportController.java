package dev.intake.importing.ui;

import dev.intake.ats.Job;
import dev.intake.common.Fxml;
import dev.intake.form.Messages;
import dev.intake.importing.CellError;
import dev.intake.importing.ImportResult;
import dev.intake.importing.PlannedRow;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/** The import dialog: binds {@link ImportViewModel}'s steps to their pages and asks for files. */
public final class ImportController {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    @FXML private VBox root;
    @FXML private HBox steps;
    @FXML private Label problem;
    @FXML private VBox mappingPage;
    @FXML private HBox sheetRow;
    @FXML private Label sheetLabel;
    @FXML private ComboBox<String> sheet;
    @FXML private TableView<ColumnChoice> mappingTable;
    @FXML private Label defaultJobLabel;
    @FXML private SearchableComboBox<Job> defaultJob;
    @FXML private Label defaultSourceLabel;
    @FXML private TextField defaultSource;
    @FXML private VBox rowsPage;
    @FXML private Label rowCounts;
    @FXML private CheckBox onlyProblems;
    @FXML private Button exportFailed;
    @FXML private TableView<PlannedRow> grid;
    @FXML private Label rowProblem;
    @FXML private Label gridMessage;
    @FXML private VBox dryRunPage;
    @FXML private Label wouldSend;
    @FXML private Label alreadyImported;
    @FXML private Label toFix;
    @FXML private Label repeated;
    @FXML private VBox sendingPage;
    @FXML private ProgressBar progress;
    @FXML private Label sendCounts;
    @FXML private Label timeLeft;
    @FXML private Button cancelSending;
    @FXML private VBox reportPage;
    @FXML private Label reportCounts;
    @FXML private TableView<ImportResult> reportTable;
    @FXML private Label reportMessage;
    @FXML private Label status;
    @FXML private Button back;
    @FXML private Button next;

    private final ImportViewModel model;
    private final Messages messages;

    public ImportController(ImportViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /**
     * Opens the dialog over {@code owner} with {@code file}, or asks for the file first when it is null; returns
     * null when the person chose none.
     */
    public static Stage open(Window owner, ImportViewModel model, Messages messages, Path file) throws IOException {
        Path chosen = file != null ? file : choose(owner, messages);
        if (chosen == null) {
            return null;
        }
        ResourceBundle bundle = messages.bundle();
        Stage stage = Fxml.modalWindow(owner, Fxml.load("/fxml/ImportView.fxml", bundle,
                new ImportController(model, messages)), messages.get("import.ui.title", chosen.getFileName()));
        stage.setOnHidden(event -> model.close());
        model.open(chosen);
        stage.show();
        return stage;
    }

    private static Path choose(Window owner, Messages messages) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.ui.chooseFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("import.ui.fileTypes"),
                "*.csv", "*.CSV", "*.txt", "*.xlsx", "*.XLSX"));
        File file = chooser.showOpenDialog(owner);
        return file == null ? null : file.toPath();
    }

    @FXML
    private void initialize() {
        problem.textProperty().bind(model.problemProperty());
        shownWhen(problem, model.problemProperty().isNotEmpty());
        status.textProperty().bind(model.statusProperty());
        List<Node> pages = List.of(mappingPage, rowsPage, dryRunPage, sendingPage, reportPage);
        model.stepProperty().addListener((obs, was, now) -> showStep(pages, now));
        showStep(pages, model.stepProperty().get());

        sheet.setItems(model.sheets());
        shownWhen(sheetRow, Bindings.isNotEmpty(model.sheets()));
        sheetLabel.setLabelFor(sheet);
        model.sheetProperty().addListener((obs, was, now) -> sheet.getSelectionModel().select(now));
        sheet.setOnAction(event -> model.chooseSheet(sheet.getValue()));
        mappingTable.setItems(model.columns());
        ImportTables.mapping(mappingTable, messages);
        showDefaults();

        ImportGrid rows = model.grid();
        rowCounts.textProperty().bind(Bindings.createStringBinding(() -> messages.get("import.ui.rows.counts",
                rows.readyProperty().get(), rows.invalidProperty().get(), rows.duplicateProperty().get()),
                rows.readyProperty(), rows.invalidProperty(), rows.duplicateProperty()));
        onlyProblems.selectedProperty().bindBidirectional(rows.onlyProblemsProperty());
        grid.setItems(rows.shownRows());
        grid.editableProperty().bind(rows.busyProperty().not());
        grid.getSelectionModel().selectedItemProperty().addListener((obs, was, now) ->
                rowProblem.setText(now == null ? "" : String.join("\n", now.errors().stream()
                        .map(CellError::message).toList())));
        gridMessage.textProperty().bind(rows.messageProperty());
        shownWhen(gridMessage, gridMessage.textProperty().isNotEmpty());
        shownWhen(rowProblem, rowProblem.textProperty().isNotEmpty());

        wouldSend.textProperty().bind(model.wouldSendProperty().asString());
        alreadyImported.textProperty().bind(model.alreadyImportedProperty().asString());
        toFix.textProperty().bind(rows.invalidProperty().asString());
        repeated.textProperty().bind(rows.duplicateProperty().asString());

        ImportRun run = model.run();
        progress.progressProperty().bind(run.progressProperty());
        sendCounts.textProperty().bind(run.countsProperty());
        timeLeft.textProperty().bind(run.timeLeftProperty());
        cancelSending.disableProperty().bind(run.runningProperty().not().or(run.cancelledProperty()));
        reportTable.setItems(run.results());
        ImportTables.report(reportTable, run, messages);
        reportCounts.textProperty().bind(run.countsProperty());
        reportMessage.textProperty().bind(run.reportMessageProperty());

        back.disableProperty().bind(model.canGoBackProperty().not());
        next.disableProperty().bind(model.canGoNextProperty().not());
        next.textProperty().bind(Bindings.createStringBinding(() -> switch (model.stepProperty().get()) {
            case MAPPING -> messages.get("import.ui.next.mapping");
            case ROWS -> messages.get("import.ui.next.rows");
            case DRY_RUN, SENDING, REPORT -> messages.get("import.ui.next.dryRun", model.wouldSendProperty().get());
        }, model.stepProperty(), model.wouldSendProperty()));
        next.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.stepProperty().get().ordinal()
                <= ImportViewModel.Step.DRY_RUN.ordinal(), model.stepProperty()));
        back.visibleProperty().bind(next.visibleProperty());

        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
    }

    private void showStep(List<Node> pages, ImportViewModel.Step step) {
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).setVisible(i == step.ordinal());
            Node label = steps.getChildren().get(i);
            label.pseudoClassStateChanged(CURRENT, i == step.ordinal());
            label.pseudoClassStateChanged(DONE, i < step.ordinal());
        }
        if (step == ImportViewModel.Step.ROWS) {
            // The file (and so its columns) may have changed since the grid was last shown.
            ImportTables.grid(grid, model.grid(), messages);
        }
    }

    /** The job for a file without a job column (chosen from the open jobs) and the source for rows without one. */
    private void showDefaults() {
        defaultJob.setItems(model.openJobs());
        defaultJob.setConverter(new StringConverter<>() {
            @Override
            public String toString(Job job) {
                if (job == null) {
                    return "";
                }
                String title = job.title() == null ? job.id() : job.title();
                return job.code() == null || job.code().isBlank() ? title : title + " (" + job.code() + ")";
            }

            @Override
            public Job fromString(String text) {
                return null;
            }
        });
        defaultJob.valueProperty().bindBidirectional(model.defaultJobProperty());
        defaultJobLabel.setLabelFor(defaultJob);
        shownWhen(defaultJobLabel, model.needsDefaultJobProperty());
        shownWhen(defaultJob, model.needsDefaultJobProperty());
        defaultSource.textProperty().bindBidirectional(model.defaultSourceProperty());
        defaultSourceLabel.setLabelFor(defaultSource);
    }

    private static void shownWhen(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && mayOpenAnother()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        List<File> files = event.getDragboard().getFiles();
        boolean opened = !files.isEmpty() && mayOpenAnother();
        if (opened) {
            model.open(files.getFirst().toPath());
        }
        event.setDropCompleted(opened);
        event.consume();
    }

    /** Another file may replace this one until sending starts. */
    private boolean mayOpenAnother() {
        return model.stepProperty().get().ordinal() < ImportViewModel.Step.SENDING.ordinal();
    }

    @FXML
    private void exportFailed() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(baseName() + "-to-fix.csv");
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.grid().exportFailed(file.toPath());
        }
    }

    @FXML
    private void saveReport() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(baseName() + "-report.csv");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("import.ui.reportTypes.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(messages.get("import.ui.reportTypes.json"), "*.json"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.run().export(file.toPath());
        }
    }

    private String baseName() {
        String name = model.fileNameProperty().get();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @FXML
    private void cancelSending() {
        model.run().cancel();
    }

    @FXML
    private void showReport() {
        model.showReport();
    }

    @FXML
    private void back() {
        model.back();
    }

    @FXML
    private void next() {
        model.next();
    }

    @FXML
    private void close() {
        root.getScene().getWindow().hide();
    }
}
