package dev.intake.wizard.result;

import dev.intake.form.Field;
import dev.intake.form.FieldViews;
import dev.intake.form.Messages;
import dev.intake.wizard.result.SubmissionViewModel.Phase;
import dev.intake.wizard.step.NextApplication;
import dev.intake.wizard.step.StepView;
import dev.intake.wizard.step.WizardActions;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Shows what came of the submission and the next actions. */
public final class ResultStepController implements StepView {
    private static final PseudoClass CREATED = PseudoClass.getPseudoClass("created");
    private static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");

    private final WizardActions wizard;
    private final SubmissionViewModel vm;
    private final Messages messages;

    @FXML private ScrollPane root;
    @FXML private VBox card;
    @FXML private Label title;
    @FXML private Label detail;
    @FXML private GridPane facts;
    @FXML private Label applicationId;
    @FXML private Button copyId;
    @FXML private Label remoteId;
    @FXML private Button copyRemoteId;
    @FXML private Label message;
    @FXML private Label time;
    @FXML private VBox warningsBox;
    @FXML private VBox warnings;
    @FXML private Label advice;
    @FXML private Button newApplicant;
    @FXML private Button sameCandidate;

    public ResultStepController(SubmissionViewModel vm, Messages messages, WizardActions wizard) {
        this.wizard = wizard;
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        applicationId.textProperty().bind(vm.applicationIdProperty());
        remoteId.textProperty().bind(vm.remoteIdProperty());
        message.textProperty().bind(vm.serverMessageProperty());
        time.textProperty().bind(vm.timeProperty());
        copyId.setAccessibleText(messages.get("result.copy.accessible", messages.get("result.applicationId")));
        copyRemoteId.setAccessibleText(messages.get("result.copy.accessible", messages.get("result.remoteId")));
        vm.warnings().addListener((ListChangeListener<String>) change -> showWarnings());
        vm.phaseProperty().addListener((obs, old, now) -> show(now));
        show(vm.phase());
    }

    private void show(Phase phase) {
        boolean created = phase == Phase.CREATED;
        card.pseudoClassStateChanged(CREATED, created);
        card.pseudoClassStateChanged(PENDING, !created);
        facts.setVisible(created);
        facts.setManaged(created);
        String titleKey = switch (phase) {
            case QUEUED_OFFLINE -> "result.queued.title";
            case RETRY_SCHEDULED -> "result.retry.title";
            case OUTCOME_UNKNOWN -> "result.unknown.title";
            default -> "result.created.title";
        };
        title.setText(messages.get(titleKey));
        String text = switch (phase) {
            case QUEUED_OFFLINE -> messages.get("result.queued.detail");
            case OUTCOME_UNKNOWN -> messages.get("result.unknown.detail");
            case RETRY_SCHEDULED -> vm.explanationProperty().get() == null ? null
                    : vm.explanationProperty().get().oneLine();
            default -> null;
        };
        detail.setText(text);
        detail.setVisible(text != null);
        detail.setManaged(text != null);
        advice.setText(vm.nextAttemptProperty().get());
        advice.setVisible(advice.getText() != null);
        advice.setManaged(advice.isVisible());
        showWarnings();
    }

    private void showWarnings() {
        warnings.getChildren().setAll(vm.warnings().stream().map(text -> {
            Label label = new Label("• " + text);
            label.setWrapText(true);
            return (Node) label;
        }).toList());
        warningsBox.setVisible(!vm.warnings().isEmpty());
        warningsBox.setManaged(warningsBox.isVisible());
    }

    @FXML
    private void copyId() {
        FieldViews.copy(vm.applicationIdProperty().get());
    }

    @FXML
    private void copyRemoteId() {
        FieldViews.copy(vm.remoteIdProperty().get());
    }

    @FXML
    private void newApplicant() {
        wizard.startNext(NextApplication.NEW_APPLICANT);
    }

    @FXML
    private void sameCandidate() {
        wizard.startNext(NextApplication.SAME_CANDIDATE);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Optional<Node> nodeFor(Field<?> field) {
        return Optional.of(newApplicant);
    }
}
