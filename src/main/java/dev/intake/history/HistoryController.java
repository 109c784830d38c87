package dev.intake.history;

import dev.intake.ats.IsoInstant;
import dev.intake.history.HistoryDecisions.Decision;
import dev.intake.store.HistoryEntry;
import dev.intake.store.HistorySort;
import dev.intake.store.SubmissionState;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** Binds {@code HistoryView.fxml} to a {@link HistoryViewModel}; dialogs are the only thing it decides itself. */
public final class HistoryController {
    private final HistoryViewModel model;
    private final ResourceBundle messages;
    private final int retentionDays;
    private final Predicate<String> confirm;
    private final Function<HistoryExport.Format, Optional<Path>> chooseFile;
    private final DateTimeFormatter timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    @FXML
    private TextField search;
    @FXML
    private ChoiceBox<HistoryViewModel.StatusFilter> status;
    @FXML
    private DatePicker from;
    @FXML
    private DatePicker to;
    @FXML
    private TextField profile;
    @FXML
    private TableView<HistoryEntry> table;
    @FXML
    private TableColumn<HistoryEntry, String> timeColumn;
    @FXML
    private TableColumn<HistoryEntry, String> candidateColumn;
    @FXML
    private TableColumn<HistoryEntry, String> emailColumn;
    @FXML
    private TableColumn<HistoryEntry, String> jobColumn;
    @FXML
    private TableColumn<HistoryEntry, String> statusColumn;
    @FXML
    private TableColumn<HistoryEntry, String> idsColumn;
    @FXML
    private TableColumn<HistoryEntry, String> fromColumn;
    @FXML
    private Label count;
    @FXML
    private Button moreButton;
    @FXML
    private Label error;
    @FXML
    private TextArea requestJson;
    @FXML
    private TextArea responseJson;
    @FXML
    private Button retryButton;
    @FXML
    private Button sendAgainButton;
    @FXML
    private Button markCreatedButton;
    @FXML
    private MenuButton decideAllMenu;
    @FXML
    private Label decisionHint;
    @FXML
    private Button cancelButton;
    @FXML
    private Button editButton;
    @FXML
    private Button newButton;
    @FXML
    private Button copyButton;
    @FXML
    private Button deleteButton;
    @FXML
    private Button sendToAccountButton;
    @FXML
    private Label notes;
    @FXML
    private Label parts;
    @FXML
    private Label origin;
    @FXML
    private Button forgetButton;
    @FXML
    private CheckMenuItem exportSelected;
    @FXML
    private Label message;

    /**
     * @param confirm asks the user a yes/no question (an alert in the app)
     * @param chooseFile asks where to export (a save dialog in the app)
     */
    public HistoryController(HistoryViewModel model, ResourceBundle messages, int retentionDays,
            Predicate<String> confirm, Function<HistoryExport.Format, Optional<Path>> chooseFile) {
        this.model = model;
        this.messages = messages;
        this.retentionDays = retentionDays;
        this.confirm = confirm;
        this.chooseFile = chooseFile;
    }

    /** The app's dialogs: a confirmation alert and a save-file chooser owned by the view's window. */
    public HistoryController(HistoryViewModel model, ResourceBundle messages, int retentionDays) {
        this(model, messages, retentionDays, HistoryController::alert, null);
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(model.searchTextProperty());
        status.getItems().setAll(HistoryViewModel.StatusFilter.values());
        status.setConverter(converter(f -> messages.getString("history.status." + f.name())));
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        from.valueProperty().bindBidirectional(model.fromDateProperty());
        to.valueProperty().bindBidirectional(model.toDateProperty());
        profile.textProperty().bindBidirectional(model.profileIdProperty());

        table.setItems(model.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        column(timeColumn, e -> timeFormat.format(e.createdAt()));
        column(candidateColumn, e -> e.candidateName() != null ? e.candidateName() : e.candidateId());
        column(emailColumn, HistoryEntry::candidateEmail);
        column(jobColumn, e -> e.jobTitle() != null ? e.jobTitle() : e.jobId());
        column(statusColumn, e -> messages.getString("history.state." + e.state().name()
                + (HistoryDecisions.markedByUser(e) ? ".marked" : "")));
        column(idsColumn, e -> HistoryViewModel.idsText(List.of(e)));
        column(fromColumn, e -> HistoryDetails.fromColumnText(e.origin(), messages));
        // Sorting is the database's: 100,000 rows are never all in the table.
        table.setSortPolicy(t -> {
            sortBy(t.getSortOrder().isEmpty() ? null : t.getSortOrder().getFirst());
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty()
                .set(now));

        count.textProperty().bind(Bindings.createStringBinding(() -> new MessageFormat(
                messages.getString("history.count"), messages.getLocale()).format(new Object[] {
                    model.totalProperty().get()}), model.totalProperty()));
        moreButton.visibleProperty().bind(model.moreAvailableProperty());
        requestJson.textProperty().bind(model.requestJsonProperty());
        responseJson.textProperty().bind(model.responseJsonProperty());
        error.textProperty().bind(Bindings.createStringBinding(() -> model.detailsProperty().get() == null
                || model.detailsProperty().get().errorMessage() == null ? "" : model.detailsProperty().get()
                        .errorMessage(), model.detailsProperty()));
        message.textProperty().bind(model.messageProperty());
        origin.textProperty().bind(Bindings.createStringBinding(() -> HistoryDetails.originText(
                model.detailsProperty().get(), messages), model.detailsProperty()));
        origin.managedProperty().bind(origin.textProperty().isNotEmpty());

        var selected = table.getSelectionModel().selectedItemProperty();
        retryButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !HistoryViewModel.canRetry(selected.get()), selected));
        var needsDecision = Bindings.createBooleanBinding(() -> HistoryDecisions.needsDecision(selected.get()),
                selected);
        sendAgainButton.disableProperty().bind(needsDecision.not());
        markCreatedButton.disableProperty().bind(needsDecision.not());
        decisionHint.setText(messages.getString("history.decide.hint"));
        decisionHint.visibleProperty().bind(needsDecision);
        decisionHint.managedProperty().bind(needsDecision);
        var unconfirmed = model.decisions().unconfirmedProperty();
        decideAllMenu.textProperty().bind(Bindings.createStringBinding(() -> format("history.action.decideAll",
                unconfirmed.get()), unconfirmed));
        decideAllMenu.disableProperty().bind(unconfirmed.isEqualTo(0));
        cancelButton.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || !List.of(SubmissionState.QUEUED, SubmissionState.SENDING, SubmissionState.WAITING_TO_RETRY,
                        SubmissionState.OUTCOME_UNKNOWN).contains(selected.get().state()), selected));
        editButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !HistoryViewModel.canEdit(selected.get()), selected));
        newButton.disableProperty().bind(selected.isNull());
        copyButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().applicationId() == null, selected));
        deleteButton.disableProperty().bind(selected.isNull());
        forgetButton.disableProperty().bind(selected.isNull());
        bindSendToAccount();
        model.open();
    }

    /** Shown only while the selection holds a submission made on the sandbox. */
    private void bindSendToAccount() {
        var selectedItems = table.getSelectionModel().getSelectedItems();
        sendToAccountButton.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> HistoryViewModel.canSendToAccount(List.copyOf(selectedItems)), selectedItems));
        sendToAccountButton.managedProperty().bind(sendToAccountButton.visibleProperty());
        notes.textProperty().bind(model.notesProperty());
        notes.visibleProperty().bind(model.notesProperty().isNotEmpty());
        notes.managedProperty().bind(notes.visibleProperty());
        parts.textProperty().bind(model.partsProperty());
        parts.visibleProperty().bind(model.partsProperty().isNotEmpty());
        parts.managedProperty().bind(parts.visibleProperty());
    }

    @FXML
    private void sendToAccount() {
        model.sendToAccount(selection());
    }

    private void sortBy(TableColumn<HistoryEntry, ?> column) {
        HistorySort sort = column == candidateColumn ? HistorySort.CANDIDATE : column == emailColumn
                ? HistorySort.EMAIL : column == jobColumn ? HistorySort.JOB : column == statusColumn
                        ? HistorySort.STATE : HistorySort.TIME;
        boolean descending = column == null || column.getSortType() == TableColumn.SortType.DESCENDING;
        model.sortProperty().set(sort);
        model.descendingProperty().set(descending);
    }

    private List<HistoryEntry> selection() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private HistoryEntry current() {
        return table.getSelectionModel().getSelectedItem();
    }

    @FXML
    private void more() {
        model.loadMore();
    }

    @FXML
    private void retry() {
        model.retry(current());
    }

    @FXML
    private void sendAgain() {
        decide(Decision.SEND_AGAIN);
    }

    @FXML
    private void markCreated() {
        decide(Decision.MARK_CREATED);
    }

    /** Send again may create a duplicate, and Mark as created ends sending for good: both are asked first. */
    private void decide(Decision decision) {
        HistoryEntry entry = current();
        if (HistoryDecisions.needsDecision(entry) && confirm.test(model.decisions().question(decision, entry))) {
            model.decisions().decide(decision, entry);
        }
    }

    @FXML
    private void sendAllAgain() {
        decideForAll(Decision.SEND_AGAIN);
    }

    @FXML
    private void markAllCreated() {
        decideForAll(Decision.MARK_CREATED);
    }

    private void decideForAll(Decision decision) {
        if (confirm.test(model.decisions().questionForAll(decision))) {
            model.decisions().decideForAll(decision);
        }
    }

    @FXML
    private void cancelSending() {
        model.cancelSubmission(current());
    }

    @FXML
    private void edit() {
        model.editAndResubmit(current());
    }

    @FXML
    private void newForCandidate() {
        model.newApplicationForCandidate(current());
    }

    @FXML
    private void copyIds() {
        ClipboardContent content = new ClipboardContent();
        content.putString(HistoryViewModel.idsText(selection()));
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void delete() {
        List<HistoryEntry> entries = selection();
        if (confirm.test(format("history.confirm.delete", entries.size()))) {
            model.delete(entries);
        }
    }

    @FXML
    private void exportCsv() {
        export(HistoryExport.Format.CSV);
    }

    @FXML
    private void exportJson() {
        export(HistoryExport.Format.JSON);
    }

    private void export(HistoryExport.Format format) {
        Optional<Path> file = chooseFile != null ? chooseFile.apply(format) : saveDialog(format);
        file.ifPresent(path -> model.export(exportSelected.isSelected() ? selection() : List.of(), format, path));
    }

    @FXML
    private void forget() {
        HistoryEntry entry = current();
        String who = entry.candidateEmail() != null ? entry.candidateEmail() : entry.candidateId();
        if (confirm.test(format("history.confirm.forget", who))) {
            model.forgetCandidate(entry);
        }
    }

    @FXML
    private void purge() {
        if (confirm.test(format("history.confirm.purge", retentionDays))) {
            model.purgeOlderThan(retentionDays);
        }
    }

    private Optional<Path> saveDialog(HistoryExport.Format format) {
        FileChooser chooser = new FileChooser();
        String extension = format.name().toLowerCase(java.util.Locale.ROOT);
        chooser.setInitialFileName("intake-history-" + IsoInstant.format(java.time.Instant.now()).substring(0, 10)
                + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(table.getScene().getWindow())).map(java.io.File::toPath);
    }

    private static boolean alert(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private String format(String key, Object... args) {
        return new MessageFormat(messages.getString(key), messages.getLocale()).format(args);
    }

    private static void column(TableColumn<HistoryEntry, String> column, Function<HistoryEntry, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choice only");
            }
        };
    }
}
