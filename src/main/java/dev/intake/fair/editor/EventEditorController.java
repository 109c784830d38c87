package dev.intake.fair.editor;

import dev.intake.ats.Job;
import dev.intake.form.Field;
import dev.intake.form.FieldViews;
import dev.intake.form.Messages;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.ToggleSwitch;

/**
 * Binds {@code EventEditor.fxml} to an {@link EventEditorViewModel}. The one thing it keeps itself is the list on
 * screen: the check list shows the filtered jobs, and its ticks are put back from the view-model's after every
 * change of filter, so a job hidden by the filter keeps its tick.
 */
public final class EventEditorController {
    public static final String FXML = "/fxml/EventEditor.fxml";

    private final EventEditorViewModel viewModel;
    private final Messages messages;
    private final Map<Field<?>, Node> controls = new HashMap<>();
    private boolean syncingTicks;

    @FXML private TextField nameField;
    @FXML private Label nameError;
    @FXML private DatePicker firstDayPicker;
    @FXML private Label firstDayError;
    @FXML private DatePicker lastDayPicker;
    @FXML private Label lastDayError;
    @FXML private TextField sourceField;
    @FXML private Label sourceError;
    @FXML private ComboBox<String> statusChoice;
    @FXML private Spinner<Integer> retentionSpinner;
    @FXML private Label retentionError;
    @FXML private PasswordField pinField;
    @FXML private Label pinError;
    @FXML private PasswordField repeatPinField;
    @FXML private Label repeatPinError;
    @FXML private Label pinHint;
    @FXML private TextField jobFilter;
    @FXML private CheckListView<Job> jobList;
    @FXML private Label jobsNote;
    @FXML private TextArea consentArea;
    @FXML private Label consentError;
    @FXML private ToggleSwitch consentSwitch;
    @FXML private Label problem;
    @FXML private Label keysHint;
    @FXML private Button saveButton;

    public EventEditorController(EventEditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        text(nameField, viewModel.name(), nameError);
        date(firstDayPicker, viewModel.firstDay(), firstDayError);
        date(lastDayPicker, viewModel.lastDay(), lastDayError);
        text(sourceField, viewModel.sourceName(), sourceError);
        sourceField.promptTextProperty().bind(viewModel.sourcePromptBinding());

        statusChoice.getItems().setAll(viewModel.statuses());
        statusChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String status) {
                return viewModel.statusLabel(status);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        // A combo box shows its prompt, not the converter, while its value is null: the prompt names the default.
        statusChoice.setPromptText(viewModel.statusLabel(null));
        FieldViews.bindValue(statusChoice, viewModel.defaultStatus(), null);
        controls.put(viewModel.defaultStatus(), statusChoice);

        SpinnerValueFactory.IntegerSpinnerValueFactory days = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                EventEditorViewModel.MIN_RETENTION_DAYS, EventEditorViewModel.MAX_RETENTION_DAYS,
                viewModel.retentionDays().get());
        retentionSpinner.setValueFactory(days);
        days.valueProperty().bindBidirectional(viewModel.retentionDays().valueProperty());
        FieldViews.decorate(retentionSpinner, viewModel.retentionDays(), retentionError);
        controls.put(viewModel.retentionDays(), retentionSpinner);

        text(pinField, viewModel.newPin(), pinError);
        text(repeatPinField, viewModel.repeatPin(), repeatPinError);
        pinHint.setText(messages.get(viewModel.pinSet() ? "fair.editor.pin.set" : "fair.editor.pin.none"));

        bindJobs();

        text(consentArea, viewModel.consentText(), consentError);
        consentArea.addEventFilter(KeyEvent.KEY_PRESSED, this::consentKeys);
        consentSwitch.selectedProperty().bindBidirectional(viewModel.consentRequiredProperty());

        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        keysHint.visibleProperty().bind(problem.visibleProperty().not());
        keysHint.managedProperty().bind(keysHint.visibleProperty());
        saveButton.disableProperty().bind(viewModel.busyProperty());
        viewModel.savedProperty().addListener((obs, old, saved) -> {
            if (saved != null) {
                window().hide();
            }
        });
    }

    private void bindJobs() {
        JobShortlist shortlist = viewModel.shortlist();
        jobFilter.textProperty().bindBidirectional(shortlist.filterProperty());
        jobList.setCellFactory(list -> {
            CheckBoxListCell<Job> cell = new CheckBoxListCell<>(jobList::getItemBooleanProperty,
                    new StringConverter<>() {
                        @Override
                        public String toString(Job job) {
                            return job == null ? "" : JobShortlist.label(job);
                        }

                        @Override
                        public Job fromString(String text) {
                            return null;
                        }
                    });
            // As wide as the list, no wider: a long title ends in "…" (the tooltip has it whole), no side scrolling.
            cell.setPrefWidth(0);
            cell.tooltipProperty().bind(Bindings.createObjectBinding(
                    () -> cell.getItem() == null ? null : new Tooltip(JobShortlist.label(cell.getItem())),
                    cell.itemProperty()));
            return cell;
        });
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("field-hint");
        placeholder.textProperty().bind(viewModel.listPlaceholderBinding());
        jobList.setPlaceholder(placeholder);
        jobList.setAccessibleText(messages.get("fair.editor.jobs"));
        jobsNote.textProperty().bind(viewModel.shortlistNoteBinding());
        showJobs();
        shortlist.shown().addListener((ListChangeListener<Job>) change -> showJobs());
        shortlist.ticked().valueProperty().addListener((obs, old, now) -> {
            if (!syncingTicks) {
                tickAsTheViewModelSays();
            }
        });
        jobList.getCheckModel().getCheckedItems().addListener((ListChangeListener<Job>) change -> {
            if (syncingTicks) {
                return;
            }
            syncingTicks = true;
            try {
                for (Job job : jobList.getItems()) {
                    shortlist.setTicked(job, jobList.getCheckModel().isChecked(job));
                }
            } finally {
                syncingTicks = false;
            }
        });
        // Space ticks the selected job: Tab into the list selects one, so Space works at once.
        jobList.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && jobList.getSelectionModel().isEmpty() && !jobList.getItems().isEmpty()) {
                jobList.getSelectionModel().select(Math.max(0, jobList.getFocusModel().getFocusedIndex()));
            }
        });
        controls.put(shortlist.ticked(), jobList);
    }

    /** The list shows the jobs the filter lets through, ticked as the view-model says. */
    private void showJobs() {
        syncingTicks = true;
        try {
            // The check model keeps ticks by position: emptied while the positions still mean the old items.
            jobList.getCheckModel().clearChecks();
            jobList.getItems().setAll(viewModel.shortlist().shown());
        } finally {
            syncingTicks = false;
        }
        tickAsTheViewModelSays();
    }

    private void tickAsTheViewModelSays() {
        syncingTicks = true;
        try {
            jobList.getCheckModel().clearChecks();
            for (Job job : jobList.getItems()) {
                if (viewModel.shortlist().isTicked(job)) {
                    jobList.getCheckModel().check(job);
                }
            }
        } finally {
            syncingTicks = false;
        }
    }

    /** Tab leaves the consent text as it leaves any field; Ctrl+Tab types a tab character. */
    private void consentKeys(KeyEvent event) {
        if (event.getCode() != KeyCode.TAB) {
            return;
        }
        event.consume();
        if (event.isControlDown()) {
            consentArea.replaceSelection("\t");
        } else if (event.isShiftDown()) {
            jobList.requestFocus();
        } else {
            consentSwitch.requestFocus();
        }
    }

    private void text(javafx.scene.control.TextInputControl control, Field<String> field, Label error) {
        FieldViews.bindText(control, field, error);
        controls.put(field, control);
    }

    private void date(DatePicker picker, Field<String> field, Label error) {
        FieldViews.bindDate(picker, field, error);
        controls.put(field, picker);
    }

    private Window window() {
        return nameField.getScene().getWindow();
    }

    @FXML
    private void save() {
        commitRetention();
        viewModel.save();
        // As everywhere: the first field to fix takes the focus.
        viewModel.fields().firstInvalid().map(controls::get).ifPresent(Node::requestFocus);
    }

    /** Typed days count once the spinner takes them; text that is no number goes back to the days shown. */
    private void commitRetention() {
        try {
            retentionSpinner.commitValue();
        } catch (NumberFormatException e) {
            retentionSpinner.cancelEdit();
        }
    }

    @FXML
    private void cancel() {
        window().hide();
    }
}
