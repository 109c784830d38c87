package dev.intake.wizard.questionnaire;

import dev.intake.ats.JobPosting.ChoiceOption;
import dev.intake.form.Field;
import dev.intake.form.FieldViews;
import dev.intake.form.FilePicker;
import dev.intake.form.Messages;
import dev.intake.wizard.step.StepView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Renders the posting's questions with an input per type and binds them to the view-model. */
public final class QuestionnaireStepController implements StepView {
    private final QuestionnaireStepViewModel vm;
    private final Messages messages;
    private final FilePicker files;
    private final Map<Field<?>, Node> controls = new IdentityHashMap<>();

    @FXML private ScrollPane root;
    @FXML private Label emptyReason;
    @FXML private VBox sectionsBox;

    public QuestionnaireStepController(QuestionnaireStepViewModel vm, Messages messages, FilePicker files) {
        this.vm = vm;
        this.messages = messages;
        this.files = files;
    }

    @FXML
    private void initialize() {
        emptyReason.textProperty().bind(vm.emptyReasonProperty());
        emptyReason.visibleProperty().bind(vm.emptyReasonProperty().isNotNull());
        emptyReason.managedProperty().bind(emptyReason.visibleProperty());
        vm.sections().addListener((ListChangeListener<QuestionnaireSection>) change -> build());
        build();
    }

    private void build() {
        controls.clear();
        List<Node> nodes = new ArrayList<>();
        for (QuestionnaireSection section : vm.sections()) {
            if (vm.sections().size() > 1 && section.name() != null) {
                Label title = new Label(section.name());
                title.getStyleClass().add("section-title");
                nodes.add(title);
            }
            for (QuestionModel question : section.questions()) {
                nodes.add(questionBlock(question));
            }
        }
        sectionsBox.getChildren().setAll(nodes);
    }

    private Node questionBlock(QuestionModel question) {
        Label label = new Label(question.label() + (question.isRequired()
                ? "  " + messages.get("questionnaire.requiredMark") : ""));
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        Node input = input(question);
        label.setLabelFor(input);
        Label error = FieldViews.errorLabel();
        FieldViews.decorate(input, question.field(), error);
        controls.put(question.field(), input);
        VBox block = new VBox(4, label, input, error);
        block.setId("question-" + question.id());
        block.getStyleClass().add("question");
        if (question.question().parentQuestion() != null) {
            block.getStyleClass().add("conditional");
        }
        block.visibleProperty().bind(question.visibleProperty());
        block.managedProperty().bind(block.visibleProperty());
        return block;
    }

    private Node input(QuestionModel question) {
        String accessible = question.label();
        switch (question.kind()) {
            case LONG_TEXT -> {
                TextArea area = new TextArea();
                area.setPrefRowCount(3);
                area.setWrapText(true);
                area.setAccessibleText(accessible);
                area.textProperty().bindBidirectional(question.text().valueProperty());
                return area;
            }
            case SINGLE_SELECT, BOOLEAN -> {
                ToggleGroup group = new ToggleGroup();
                FlowPane pane = new FlowPane(16, 6);
                pane.setAccessibleText(accessible);
                for (ChoiceOption option : question.options()) {
                    RadioButton radio = new RadioButton(option.text());
                    radio.setMnemonicParsing(false);
                    radio.setToggleGroup(group);
                    radio.setUserData(option.id());
                    radio.setSelected(option.id().equals(question.text().get()));
                    pane.getChildren().add(radio);
                }
                group.selectedToggleProperty().addListener((obs, old, now) ->
                        question.text().set(now == null ? "" : (String) now.getUserData()));
                question.text().valueProperty().addListener((obs, old, now) -> group.getToggles().forEach(t ->
                        t.setSelected(t.getUserData().equals(now))));
                return pane;
            }
            case MULTI_SELECT -> {
                FlowPane pane = FieldViews.checkBoxes(question.options(), ChoiceOption::id, ChoiceOption::text,
                        question.choices());
                pane.setAccessibleText(accessible);
                return pane;
            }
            case DATE -> {
                DatePicker picker = new DatePicker();
                picker.setPromptText("YYYY-MM-DD");
                picker.setAccessibleText(accessible);
                FieldViews.bindDate(picker, question.text(), null);
                return picker;
            }
            case ATTACHMENT -> {
                Button attach = new Button(messages.get("questionnaire.attach"));
                attach.setAccessibleText(accessible);
                Label name = new Label();
                name.getStyleClass().add("muted");
                name.textProperty().bind(question.file().valueProperty().map(f -> f.name() + " · "
                        + dev.intake.form.FileLoader.readableSize(f.size())).orElse(""));
                Label reading = new Label(messages.get("questionnaire.reading"));
                reading.visibleProperty().bind(question.readingProperty());
                reading.managedProperty().bind(reading.visibleProperty());
                Label problem = FieldViews.errorLabel();
                problem.textProperty().bind(question.fileProblemProperty());
                problem.visibleProperty().bind(question.fileProblemProperty().isNotNull());
                problem.managedProperty().bind(problem.visibleProperty());
                attach.setOnAction(event -> {
                    List<Path> chosen = files.pickFiles(root.getScene().getWindow(), question.label(), false);
                    if (!chosen.isEmpty()) {
                        vm.attach(question, chosen.getFirst());
                    }
                });
                HBox row = new HBox(10, attach, name, reading);
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                return new VBox(4, row, problem);
            }
            default -> {
                TextField field = new TextField();
                field.setAccessibleText(accessible);
                if (question.kind() == QuestionModel.Kind.URL) {
                    field.setPromptText("https://");
                }
                field.textProperty().bindBidirectional(question.text().valueProperty());
                return field;
            }
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Optional<Node> nodeFor(Field<?> field) {
        Node node = controls.get(field);
        if (node instanceof FlowPane pane && !pane.getChildren().isEmpty()) {
            return Optional.of(pane.getChildren().getFirst());
        }
        if (node instanceof VBox box && box.getChildren().getFirst() instanceof HBox row) {
            return Optional.of(row.getChildren().getFirst());
        }
        return Optional.ofNullable(node);
    }
}
