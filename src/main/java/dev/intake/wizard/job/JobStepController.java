package dev.intake.wizard.job;

import dev.intake.ats.Job;
import dev.intake.ats.JobPosting;
import dev.intake.ats.Location;
import dev.intake.form.Field;
import dev.intake.form.FieldViews;
import dev.intake.form.Messages;
import dev.intake.wizard.step.StepView;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Binds the job and source page to its view-model. */
public final class JobStepController implements StepView {
    private static final int SHOWN_SUGGESTIONS = 6;

    private final JobStepViewModel vm;
    private final Messages messages;
    private final Map<Field<?>, Node> controls = new IdentityHashMap<>();

    @FXML private ScrollPane root;
    @FXML private TextField jobSearch;
    @FXML private ChoiceBox<String> jobFilter;
    @FXML private ListView<Job> jobList;
    @FXML private Label jobListStatus;
    @FXML private Button retryButton;
    @FXML private Button moreButton;
    @FXML private Label jobError;
    @FXML private ComboBox<JobPosting> posting;
    @FXML private Label postingStatus;
    @FXML private ComboBox<Location> locationPicker;
    @FXML private Label locationError;
    @FXML private TextField source;
    @FXML private Label sourceError;
    @FXML private FlowPane sourceSuggestions;
    @FXML private ComboBox<String> status;
    @FXML private TextField stage;
    @FXML private Label stageError;
    @FXML private FlowPane stageSuggestions;
    @FXML private TitledPane advanced;
    @FXML private TextArea passthrough;
    @FXML private Label passthroughError;

    public JobStepController(JobStepViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        jobSearch.textProperty().bindBidirectional(vm.jobQueryProperty());
        jobSearch.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN && !jobList.getItems().isEmpty()) {
                jobList.requestFocus();
                if (jobList.getSelectionModel().isEmpty()) {
                    jobList.getSelectionModel().selectFirst();
                }
                event.consume();
            }
        });
        jobFilter.setItems(FXCollections.observableArrayList(JobStepViewModel.JOB_FILTERS));
        jobFilter.setConverter(converter(vm::jobFilterLabel, vm.jobFilterLabel(null)));
        jobFilter.valueProperty().bindBidirectional(vm.jobFilterProperty());

        jobList.setItems(vm.jobMatches());
        jobList.setCellFactory(list -> new JobCell());
        jobList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.job().set(now);
            }
        });
        vm.job().valueProperty().addListener((obs, old, now) -> {
            if (now == null) {
                jobList.getSelectionModel().clearSelection();
            } else if (jobList.getSelectionModel().getSelectedItem() != now) {
                jobList.getSelectionModel().select(now);
            }
        });
        vm.jobMatches().addListener((ListChangeListener<Job>) change -> {
            Job chosen = vm.job().get();
            if (chosen != null && jobList.getSelectionModel().getSelectedItem() != chosen) {
                jobList.getSelectionModel().select(chosen);
            }
        });
        // The page is built when the step is first reached: a job chosen before that (a resumed draft) shows picked.
        if (vm.job().get() != null) {
            jobList.getSelectionModel().select(vm.job().get());
        }
        FieldViews.decorate(jobList, vm.job(), jobError);
        controls.put(vm.job(), jobList);
        jobListStatus.textProperty().bind(vm.jobListStatusProperty());
        retryButton.visibleProperty().bind(vm.jobLoadFailedProperty());
        retryButton.managedProperty().bind(retryButton.visibleProperty());
        moreButton.visibleProperty().bind(vm.moreJobsProperty().and(vm.loadingJobsProperty().not()));
        moreButton.managedProperty().bind(moreButton.visibleProperty());

        posting.setItems(vm.postings());
        posting.setConverter(converter(p -> p.title() == null ? p.id() : p.title(), ""));
        FieldViews.bindValue(posting, vm.posting(), null);
        controls.put(vm.posting(), posting);
        postingStatus.textProperty().bind(vm.postingStatusProperty());
        postingStatus.visibleProperty().bind(postingStatus.textProperty().isNotEmpty());
        postingStatus.managedProperty().bind(postingStatus.visibleProperty());

        locationPicker.setItems(vm.locations());
        locationPicker.setConverter(converter(l -> vm.postingLocationIds().contains(l.id())
                ? messages.get("job.location.ofPosting", l.name()) : l.name(), ""));
        FieldViews.bindValue(locationPicker, vm.location(), locationError);
        controls.put(vm.location(), locationPicker);

        FieldViews.bindText(source, vm.sourceName(), sourceError);
        controls.put(vm.sourceName(), source);
        chips(vm.sourceSuggestions(), sourceSuggestions, vm.sourceName(), source);

        List<String> statuses = new ArrayList<>();
        statuses.add(null);
        statuses.addAll(JobStepViewModel.STATUSES);
        status.setItems(FXCollections.observableArrayList(statuses));
        status.setConverter(converter(vm::statusLabel, vm.statusLabel(null)));
        status.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : vm.statusLabel(item));
            }
        });
        FieldViews.bindValue(status, vm.applicationStatus(), null);
        controls.put(vm.applicationStatus(), status);
        FieldViews.bindText(stage, vm.statusSourceValue(), stageError);
        controls.put(vm.statusSourceValue(), stage);
        chips(vm.stageSuggestions(), stageSuggestions, vm.statusSourceValue(), stage);

        FieldViews.bindText(passthrough, vm.passthrough(), passthroughError);
        controls.put(vm.passthrough(), passthrough);
    }

    /** Suggestions as small buttons under a text field; choosing one fills the field. */
    private void chips(ObservableList<String> suggestions, FlowPane pane, Field<String> field, TextField input) {
        Runnable sync = () -> {
            List<Node> buttons = new ArrayList<>();
            for (String suggestion : suggestions.stream().limit(SHOWN_SUGGESTIONS).toList()) {
                Button chip = new Button(suggestion);
                chip.setMnemonicParsing(false);
                chip.getStyleClass().add("chip");
                chip.setOnAction(event -> {
                    field.set(suggestion);
                    input.requestFocus();
                    input.end();
                });
                buttons.add(chip);
            }
            pane.getChildren().setAll(buttons);
        };
        suggestions.addListener((ListChangeListener<String>) change -> sync.run());
        sync.run();
    }

    private static <T> StringConverter<T> converter(Function<T, String> text, String nullText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? nullText : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** A job with its department, status and code under the title. */
    private final class JobCell extends ListCell<Job> {
        private final Label title = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(2, title, details);

        JobCell() {
            title.getStyleClass().add("job-title");
            details.getStyleClass().add("muted");
        }

        @Override
        protected void updateItem(Job item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            title.setText(item.title());
            details.setText(vm.describe(item));
            setGraphic(box);
            setAccessibleText(item.title() + ", " + vm.describe(item));
            if (getIndex() == getListView().getItems().size() - 1) {
                vm.loadMoreJobs();
            }
        }
    }

    @FXML
    private void retry() {
        vm.retryJobs();
    }

    @FXML
    private void loadMore() {
        vm.loadMoreJobs();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Optional<Node> nodeFor(Field<?> field) {
        if (field == vm.job()) {
            return Optional.of(jobSearch);
        }
        if (field == vm.passthrough()) {
            advanced.setExpanded(true);
        }
        return Optional.ofNullable(controls.get(field));
    }
}
