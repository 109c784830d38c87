package dev.intake.fair.quick;

import dev.intake.ats.Job;
import dev.intake.fair.badge.BadgeScan;
import dev.intake.fair.capture.CaptureCounts;
import dev.intake.form.FieldViews;
import dev.intake.form.Messages;
import java.util.Map;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.controlsfx.control.Rating;

/**
 * Binds quick entry's page to its ViewModel and holds the keyboard contract: Tab order as declared in the FXML,
 * Ctrl+Enter saves from anywhere, Esc clears, Ctrl+Z undoes the clear, Tab or Enter in Job takes the top match,
 * 1 to 4 and 0 rate, Tab leaves the note (Ctrl+Tab types a tab), Space ticks the consent.
 */
public final class QuickEntryController {
    private final QuickEntryViewModel viewModel;
    private final Messages messages;

    @FXML private VBox root;
    @FXML private Label title;
    @FXML private TextField firstName;
    @FXML private Label firstNameError;
    @FXML private TextField lastName;
    @FXML private Label lastNameError;
    @FXML private TextField email;
    @FXML private Label emailError;
    @FXML private TextField phone;
    @FXML private Label phoneError;
    @FXML private TextField job;
    @FXML private Label jobError;
    @FXML private ListView<Job> jobMatches;
    @FXML private Rating rating;
    @FXML private TextArea note;
    @FXML private CheckBox consent;
    @FXML private Label consentText;
    @FXML private Label consentError;
    @FXML private HBox samePersonBox;
    @FXML private Label samePersonQuestion;
    @FXML private Label notice;
    @FXML private Hyperlink undo;
    @FXML private Button retry;
    @FXML private Label counts;
    private Map<QuickField, Node> inputs;
    private final EventHandler<WindowEvent> keepDraft;
    /** The window the page is in, or null. */
    private ObservableValue<Window> window;
    private Window watched;

    public QuickEntryController(QuickEntryViewModel viewModel, Messages messages) {
        this.viewModel = Objects.requireNonNull(viewModel);
        this.messages = Objects.requireNonNull(messages);
        this.keepDraft = event -> viewModel.close();
    }

    @FXML
    private void initialize() {
        inputs = Map.of(QuickField.FIRST_NAME, firstName, QuickField.LAST_NAME, lastName, QuickField.EMAIL, email,
                QuickField.PHONE, phone, QuickField.JOB, job, QuickField.RATING, rating, QuickField.NOTE, note,
                QuickField.CONSENT, consent);
        title.setText(messages.get("fair.quick.title", viewModel.setup().eventName()));
        FieldViews.bindText(firstName, viewModel.firstName(), firstNameError);
        FieldViews.bindText(lastName, viewModel.lastName(), lastNameError);
        FieldViews.bindText(email, viewModel.email(), emailError);
        FieldViews.bindText(phone, viewModel.phone(), phoneError);
        FieldViews.bindText(note, viewModel.note(), null);
        bindJob();
        bindRating();
        bindConsent();
        bindNotices();
        window = root.sceneProperty().flatMap(Scene::windowProperty);
        window.subscribe(this::keepDraftWhenHidden);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::pageKeys);
        note.addEventFilter(KeyEvent.KEY_PRESSED, this::noteKeys);
        firstName.addEventFilter(KeyEvent.KEY_PRESSED, this::scanKeys);
        viewModel.focusRequestProperty().addListener((obs, old, now) -> {
            if (now != null) {
                inputs.get(now).requestFocus();
            }
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(firstName::requestFocus);
            }
        });
    }

    /**
     * Closing the window writes what is typed now rather than after the draft's short wait. Only the window the
     * page is in is watched: a page taken out of its window (a closed tab) lets go of it.
     */
    private void keepDraftWhenHidden(Window now) {
        if (watched != null) {
            watched.removeEventHandler(WindowEvent.WINDOW_HIDING, keepDraft);
        }
        watched = now;
        if (now != null) {
            now.addEventHandler(WindowEvent.WINDOW_HIDING, keepDraft);
        }
    }

    private void bindJob() {
        job.textProperty().bindBidirectional(viewModel.jobQueryProperty());
        FieldViews.decorate(job, viewModel.job(), jobError);
        jobMatches.setItems(viewModel.jobMatches());
        // The list shows while Job has focus; its place stays, so nothing below moves as focus passes.
        jobMatches.visibleProperty().bind(job.focusedProperty());
        jobMatches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Job item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : JobTypeAhead.display(item));
            }
        });
        jobMatches.setOnMouseClicked(event -> {
            Job picked = jobMatches.getSelectionModel().getSelectedItem();
            if (picked != null) {
                viewModel.pickJob(picked);
                rating.requestFocus();
            }
        });
        // Typing when Tab lands in Job replaces the job kept from the visitor before.
        job.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(job::selectAll);
            }
        });
        job.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean tab = event.getCode() == KeyCode.TAB && !event.isShiftDown() && !event.isShortcutDown();
            boolean enter = event.getCode() == KeyCode.ENTER && !event.isShortcutDown();
            if (tab || enter) {
                if (!viewModel.takeTopMatch()) {
                    event.consume();
                } else if (enter) {
                    event.consume();
                    rating.requestFocus();
                }
            }
        });
    }

    private void bindRating() {
        rating.setRating(viewModel.rating().get());
        rating.ratingProperty().addListener((obs, old, now) -> viewModel.rate((int) Math.round(now.doubleValue())));
        viewModel.rating().addListener((obs, old, now) -> rating.setRating(now.intValue()));
        rating.setAccessibleText(messages.get("fair.quick.rating"));
        rating.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            int stars = stars(event.getCode());
            if (stars >= 0 && !event.isShortcutDown()) {
                viewModel.rate(stars);
                event.consume();
            }
        });
    }

    /** The rating a key stands for (number row or keypad), or -1. */
    private static int stars(KeyCode code) {
        return switch (code) {
            case DIGIT0, NUMPAD0 -> 0;
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            default -> -1;
        };
    }

    private void bindConsent() {
        consent.selectedProperty().bindBidirectional(viewModel.consent().valueProperty());
        FieldViews.decorate(consent, viewModel.consent(), consentError);
        consentText.setText(viewModel.setup().consentText());
        consentText.setVisible(!viewModel.setup().consentText().isBlank());
        consentText.managedProperty().bind(consentText.visibleProperty());
    }

    private void bindNotices() {
        samePersonBox.visibleProperty().bind(viewModel.samePersonOfferProperty().isNotNull());
        samePersonBox.managedProperty().bind(samePersonBox.visibleProperty());
        samePersonQuestion.textProperty().bind(Bindings.createStringBinding(viewModel::samePersonQuestion,
                viewModel.samePersonOfferProperty()));
        notice.textProperty().bind(viewModel.noticeProperty());
        viewModel.noticeKindProperty().addListener((obs, old, now) -> {
            notice.getStyleClass().removeAll("quick-saved", "field-error");
            if (now == QuickEntryViewModel.NoticeKind.PROBLEM) {
                notice.getStyleClass().add("field-error");
            } else if (now == QuickEntryViewModel.NoticeKind.SAVED) {
                notice.getStyleClass().add("quick-saved");
            }
        });
        undo.visibleProperty().bind(viewModel.undoAvailableProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        retry.visibleProperty().bind(Bindings.isNotEmpty(viewModel.unsaved()));
        retry.managedProperty().bind(retry.visibleProperty());
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            CaptureCounts tally = viewModel.countsProperty().get();
            return messages.get("fair.quick.counts", tally.captured(), tally.waiting(), tally.needAttention());
        }, viewModel.countsProperty()));
    }

    private void pageKeys(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
            event.consume();
            viewModel.save();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            event.consume();
            viewModel.clear();
        } else if (event.getCode() == KeyCode.Z && event.isShortcutDown() && !event.isShiftDown()
                && viewModel.undoAvailableProperty().get()) {
            event.consume();
            viewModel.undoClear();
        }
    }

    /**
     * While a badge scanner is still typing into First name, its line breaks and tabs belong to the scan: they
     * neither save nor move focus.
     */
    private void scanKeys(KeyEvent event) {
        boolean enter = event.getCode() == KeyCode.ENTER && !event.isShortcutDown();
        boolean tab = event.getCode() == KeyCode.TAB && !event.isShiftDown() && !event.isControlDown();
        if ((enter || tab) && BadgeScan.inProgress(firstName.getText())) {
            event.consume();
            firstName.appendText(enter ? "\n" : "\t");
        }
    }

    /** Tab leaves the note as it leaves any field; Ctrl+Tab types a tab character. */
    private void noteKeys(KeyEvent event) {
        if (event.getCode() != KeyCode.TAB) {
            return;
        }
        event.consume();
        if (event.isControlDown()) {
            note.replaceSelection("\t");
        } else if (event.isShiftDown()) {
            rating.requestFocus();
        } else {
            consent.requestFocus();
        }
    }

    @FXML
    private void samePerson() {
        viewModel.saveAsSamePerson();
    }

    @FXML
    private void newPerson() {
        viewModel.saveAsNewPerson();
    }

    @FXML
    private void undo() {
        viewModel.undoClear();
    }

    @FXML
    private void retry() {
        viewModel.retryUnsaved();
    }

    public VBox root() {
        return root;
    }
}
