package dev.intake.wizard.review;

import dev.intake.form.Field;
import dev.intake.form.FieldViews;
import dev.intake.form.Messages;
import dev.intake.wizard.step.ApplicationSummary;
import dev.intake.wizard.step.StepView;
import dev.intake.wizard.step.WizardActions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Shows the review sections with their Edit buttons and the JSON preview. */
public final class ReviewStepController implements StepView {
    private static final double LABEL_WIDTH = 220;
    private final WizardActions wizard;
    private final ReviewStepViewModel vm;
    private final Messages messages;

    @FXML private ScrollPane root;
    @FXML private VBox sectionsBox;
    @FXML private TitledPane jsonPane;
    @FXML private TextArea json;
    @FXML private Button copyJson;

    public ReviewStepController(ReviewStepViewModel vm, Messages messages, WizardActions wizard) {
        this.wizard = wizard;
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        json.textProperty().bind(vm.jsonPreviewProperty());
        vm.sections().addListener((ListChangeListener<ApplicationSummary.Section>) change -> build());
        build();
    }

    private void build() {
        List<Node> nodes = new ArrayList<>();
        for (ApplicationSummary.Section section : vm.sections()) {
            Label title = new Label(section.title());
            title.getStyleClass().add("section-title");
            Button edit = new Button(messages.get("review.edit"));
            edit.getStyleClass().add("link-button");
            edit.setAccessibleText(messages.get("review.edit.accessible", section.title()));
            edit.setOnAction(event -> wizard.edit(section.step()));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox header = new HBox(8, title, spacer, edit);
            GridPane lines = new GridPane();
            lines.setHgap(16);
            lines.setVgap(4);
            // One width in every section, so that all values start in one column; longer labels wrap.
            ColumnConstraints labels = new ColumnConstraints(LABEL_WIDTH);
            ColumnConstraints values = new ColumnConstraints();
            values.setHgrow(Priority.ALWAYS);
            lines.getColumnConstraints().setAll(labels, values);
            int row = 0;
            for (ApplicationSummary.Line line : section.lines()) {
                Label label = new Label(line.label());
                label.getStyleClass().add("review-label");
                label.setWrapText(true);
                Label value = new Label(line.value());
                value.setWrapText(true);
                lines.addRow(row++, label, value);
            }
            VBox card = new VBox(8, header, lines);
            card.getStyleClass().add("review-section");
            nodes.add(card);
        }
        sectionsBox.getChildren().setAll(nodes);
    }

    @FXML
    private void copyJson() {
        FieldViews.copy(vm.exactJsonProperty().get());
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Optional<Node> nodeFor(Field<?> field) {
        return Optional.empty();
    }
}
