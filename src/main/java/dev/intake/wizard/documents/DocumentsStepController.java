package dev.intake.wizard.documents;

import dev.intake.ats.DocumentCategory;
import dev.intake.form.Field;
import dev.intake.form.FieldViews;
import dev.intake.form.FilePicker;
import dev.intake.form.Messages;
import dev.intake.wizard.step.StepView;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Binds the documents page: chooser, drag-and-drop, and a row per file with its category. */
public final class DocumentsStepController implements StepView {
    private static final PseudoClass DRAG_OVER = PseudoClass.getPseudoClass("drag-over");

    private final DocumentsStepViewModel vm;
    private final Messages messages;
    private final FilePicker files;
    private final Map<Field<?>, Node> controls = new IdentityHashMap<>();
    private final Map<DocumentRow, Node> rowNodes = new IdentityHashMap<>();

    @FXML private ScrollPane root;
    @FXML private VBox dropZone;
    @FXML private Button chooseButton;
    @FXML private VBox problems;
    @FXML private Label categoriesStatus;
    @FXML private Label readingStatus;
    @FXML private Label noDocuments;
    @FXML private VBox rows;

    public DocumentsStepController(DocumentsStepViewModel vm, Messages messages, FilePicker files) {
        this.vm = vm;
        this.messages = messages;
        this.files = files;
    }

    @FXML
    private void initialize() {
        root.setOnDragOver(this::dragOver);
        root.setOnDragExited(event -> dropZone.pseudoClassStateChanged(DRAG_OVER, false));
        root.setOnDragDropped(this::dropped);
        vm.problems().addListener((ListChangeListener<String>) change -> showProblems());
        categoriesStatus.textProperty().bind(vm.categoriesStatusProperty());
        categoriesStatus.visibleProperty().bind(vm.categoriesStatusProperty().isNotNull());
        categoriesStatus.managedProperty().bind(categoriesStatus.visibleProperty());
        readingStatus.textProperty().bind(vm.reading().messageProperty());
        readingStatus.visibleProperty().bind(vm.reading().messageProperty().isNotNull());
        readingStatus.managedProperty().bind(readingStatus.visibleProperty());
        controls.put(vm.reading(), chooseButton);
        noDocuments.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.documents()));
        noDocuments.managedProperty().bind(noDocuments.visibleProperty());
        vm.documents().addListener((ListChangeListener<DocumentRow>) change -> showRows());
        showRows();
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
            dropZone.pseudoClassStateChanged(DRAG_OVER, true);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean accepted = event.getDragboard().hasFiles();
        if (accepted) {
            vm.addFiles(event.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        dropZone.pseudoClassStateChanged(DRAG_OVER, false);
        event.setDropCompleted(accepted);
        event.consume();
    }

    @FXML
    private void choose() {
        List<Path> chosen = files.pickFiles(root.getScene().getWindow(), messages.get("documents.heading"), true);
        if (!chosen.isEmpty()) {
            vm.addFiles(chosen);
        }
    }

    private void showProblems() {
        List<Node> labels = new ArrayList<>();
        for (String problem : vm.problems()) {
            Label label = FieldViews.errorLabel();
            label.setText(problem);
            labels.add(label);
        }
        problems.getChildren().setAll(labels);
    }

    private void showRows() {
        List<Node> nodes = new ArrayList<>();
        for (DocumentRow row : vm.documents()) {
            nodes.add(rowNodes.computeIfAbsent(row, this::rowNode));
        }
        rowNodes.keySet().retainAll(new ArrayList<>(vm.documents()));
        rows.getChildren().setAll(nodes);
    }

    private Node rowNode(DocumentRow row) {
        Label name = new Label(row.name());
        name.getStyleClass().add("document-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        String format = row.fileFormat() == null ? "" : " · " + (row.fileFormat().sourceValue() != null
                ? row.fileFormat().sourceValue().asText() : row.fileFormat().value());
        Label details = new Label(row.readableSize() + format);
        details.getStyleClass().add("muted");
        ComboBox<DocumentCategory> category = new ComboBox<>(vm.categories());
        category.setPromptText(messages.get("documents.noCategory"));
        category.setAccessibleText(messages.get("documents.category") + ": " + row.name());
        category.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentCategory value) {
                return value == null ? messages.get("documents.noCategory") : value.name();
            }

            @Override
            public DocumentCategory fromString(String text) {
                return null;
            }
        });
        FieldViews.bindValue(category, row.category(), null);
        controls.put(row.category(), category);
        Button remove = new Button(messages.get("documents.remove"));
        remove.getStyleClass().add("link-button");
        remove.setAccessibleText(messages.get("documents.remove") + " " + row.name());
        remove.setOnAction(event -> vm.remove(row));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(12, name, details, spacer, category, remove);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("document-row");
        return box;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Optional<Node> nodeFor(Field<?> field) {
        return Optional.ofNullable(controls.get(field));
    }
}
