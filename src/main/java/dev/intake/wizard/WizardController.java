package dev.intake.wizard;

import dev.intake.form.Banner;
import dev.intake.form.Field;
import dev.intake.form.FilePicker;
import dev.intake.form.HiddenParts;
import dev.intake.form.Messages;
import dev.intake.form.ScrollPanes;
import dev.intake.form.Views;
import dev.intake.wizard.result.SubmissionViewModel.Phase;
import dev.intake.wizard.step.StepContext;
import dev.intake.wizard.step.StepView;
import dev.intake.wizard.step.WizardPage;
import dev.intake.wizard.step.WizardStep;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The wizard's frame: step indicator, banner, the current page, and Back/Next/Submit. It shows what the
 * {@link WizardViewModel} says and forwards the user's actions; Enter advances and Ctrl+Enter submits.
 */
public final class WizardController {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass SKIPPED = PseudoClass.getPseudoClass("skipped");
    private static final KeyCombination SUBMIT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final WizardViewModel wizard;
    private final Messages messages;
    private final StepContext context;
    private final Map<WizardStep, StepView> views = new HashMap<>();
    private final Map<WizardStep, Label> indicators = new HashMap<>();

    @FXML private BorderPane root;
    @FXML private HBox stepIndicator;
    @FXML private HBox draftBox;
    @FXML private Label draftText;
    @FXML private Label draftProblem;
    @FXML private HBox banner;
    @FXML private Label bannerTitle;
    @FXML private Label bannerDetail;
    @FXML private Label bannerAdvice;
    @FXML private StackPane pages;
    @FXML private Button backButton;
    @FXML private HBox progressBox;
    @FXML private Label progressText;
    @FXML private ProgressIndicator progress;
    @FXML private Button cancelButton;
    @FXML private Button returnButton;
    @FXML private Button nextButton;
    @FXML private Button submitButton;

    public WizardController(WizardViewModel wizard, FilePicker files) {
        this.wizard = wizard;
        this.messages = wizard.messages();
        this.context = new StepContext(messages, files, wizard);
    }

    /** Loads the wizard with the page of its current step. */
    public static BorderPane load(WizardViewModel wizard, FilePicker files) {
        return Views.load("Wizard", new WizardController(wizard, files), wizard.messages());
    }

    @FXML
    private void initialize() {
        for (WizardPage page : listed()) {
            Label label = new Label((indicators.size() + 1) + "  " + messages.get(page.step().titleKey()));
            label.getStyleClass().add("step");
            indicators.put(page.step(), label);
            stepIndicator.getChildren().add(label);
            page.skipped().addListener((obs, old, now) -> updateIndicator());
        }

        wizard.currentStepProperty().addListener((obs, old, now) -> showStep(now));
        showStep(wizard.currentStep());

        backButton.disableProperty().bind(wizard.canGoBackProperty().not());
        // Next is disabled until the step is valid; Enter still "tries" it, which shows what is missing.
        nextButton.disableProperty().bind(wizard.canGoNextProperty().not());
        returnButton.visibleProperty().bind(wizard.editingFromReviewProperty()
                .and(wizard.currentStepProperty().isNotEqualTo(WizardStep.REVIEW)));
        returnButton.managedProperty().bind(returnButton.visibleProperty());

        progressBox.visibleProperty().bind(wizard.submission().phaseProperty().map(Phase::inProgress));
        progressBox.managedProperty().bind(progressBox.visibleProperty());
        progressText.textProperty().bind(wizard.submission().progressTextProperty());
        progress.progressProperty().bind(wizard.submission().uploadProgressProperty());
        cancelButton.disableProperty().bind(wizard.submission().cancellingProperty());
        submitButton.disableProperty().bind(wizard.submission().phaseProperty().map(Phase::inProgress));

        draftBox.visibleProperty().bind(wizard.pendingDraftProperty().isNotNull());
        draftBox.managedProperty().bind(draftBox.visibleProperty());
        draftText.textProperty().bind(wizard.pendingDraftProperty().map(draft ->
                messages.get("draft.found", wizard.draftTime(draft))));
        draftProblem.textProperty().bind(wizard.draftProblemProperty());
        draftProblem.visibleProperty().bind(wizard.draftProblemProperty().isNotNull());
        draftProblem.managedProperty().bind(draftProblem.visibleProperty());
        wizard.bannerProperty().addListener((obs, old, now) -> showBanner(now));
        showBanner(wizard.bannerProperty().get());
        wizard.focusRequestProperty().addListener((obs, old, field) -> {
            if (field != null) {
                focus(field);
            }
        });

        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (SUBMIT.match(event) && WizardStep.REVIEW.equals(wizard.currentStep())) {
                wizard.submit();
                event.consume();
            } else if (event.getTarget() instanceof ListView<?>) {
                // A list consumes Enter itself; in the wizard Enter on a picked item means "go on".
                enterAdvances(event);
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::enterAdvances);
        // What a new form does not show (a draft to resume, a banner, a submission's progress) costs nothing until
        // it does.
        for (Node part : List.of(draftBox, draftProblem, banner, progressBox)) {
            HiddenParts.joinWhenVisible(part);
        }
    }

    /**
     * The page of {@code step}, loaded the first time it is needed. Only the page on show is built when the wizard
     * opens, so the window is ready for typing sooner; each other page is built once, when first reached, and then
     * kept with what it shows.
     */
    private StepView page(WizardStep step) {
        StepView view = views.get(step);
        if (view == null) {
            view = wizard.pages().stream().filter(p -> p.step().equals(step)).findFirst().orElseThrow()
                    .view(context);
            Views.load(step.viewName(), view, messages);
            if (view.root() instanceof ScrollPane page) {
                ScrollPanes.withoutViewportCache(page);
            }
            views.put(step, view);
            pages.getChildren().add(view.root());
            // Skins now rather than at the next pulse: a field inside a scroll pane is in the scene, and can take
            // the focus the step asks for, only once the scroll pane has its skin.
            view.root().applyCss();
        }
        return view;
    }

    /** The pages the step indicator lists, in order. */
    private List<WizardPage> listed() {
        return wizard.pages().stream().filter(WizardPage::listed).toList();
    }

    /** Enter advances from a field; not from a multi-line text, a button, or an open picker. */
    private void enterAdvances(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER || event.isShortcutDown() || event.isShiftDown()) {
            return;
        }
        Object target = event.getTarget();
        if (target instanceof ButtonBase button) {
            // A focused button acts on Enter as on Space, so the keyboard path never needs the mouse.
            button.fire();
            event.consume();
            return;
        }
        if (target instanceof TextArea || target instanceof ComboBoxBase<?> box && box.isShowing()) {
            return;
        }
        WizardStep step = wizard.currentStep();
        if (WizardStep.REVIEW.equals(step) || WizardStep.RESULT.equals(step)) {
            return;
        }
        if (wizard.editingFromReviewProperty().get()) {
            wizard.returnToReview();
        } else {
            wizard.next();
        }
        event.consume();
    }

    private void showStep(WizardStep step) {
        page(step);
        views.forEach((s, view) -> {
            view.root().setVisible(s == step);
            view.root().setManaged(s == step);
        });
        boolean review = WizardStep.REVIEW.equals(step);
        boolean result = WizardStep.RESULT.equals(step);
        nextButton.setVisible(!review && !result);
        nextButton.setManaged(nextButton.isVisible());
        nextButton.setDefaultButton(false);
        submitButton.setVisible(review);
        submitButton.setManaged(review);
        backButton.setVisible(!result);
        backButton.setManaged(!result);
        updateIndicator();
        if (result) {
            Platform.runLater(() -> page(WizardStep.RESULT).nodeFor(null).ifPresent(Node::requestFocus));
        } else if (review) {
            Platform.runLater(submitButton::requestFocus);
        }
    }

    private void updateIndicator() {
        WizardStep current = wizard.currentStep();
        int currentIndex = wizard.pageIndexProperty().get();
        List<WizardPage> pages = wizard.pages();
        for (int i = 0; i < pages.size(); i++) {
            WizardStep step = pages.get(i).step();
            Label label = indicators.get(step);
            if (label == null) {
                continue;
            }
            boolean skipped = wizard.isSkipped(step);
            label.pseudoClassStateChanged(CURRENT, step.equals(current));
            label.pseudoClassStateChanged(DONE, i < currentIndex && !skipped);
            label.pseudoClassStateChanged(SKIPPED, skipped);
            String name = messages.get(step.titleKey());
            label.setAccessibleText(step.equals(current) ? messages.get("wizard.step.current", name)
                    : skipped ? messages.get("wizard.step.skipped", name) : name);
        }
    }

    private void showBanner(Banner shown) {
        banner.setVisible(shown != null);
        banner.setManaged(shown != null);
        for (Banner.Kind kind : Banner.Kind.values()) {
            banner.getStyleClass().remove(kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (shown == null) {
            return;
        }
        banner.getStyleClass().add(shown.kind().name().toLowerCase(java.util.Locale.ROOT));
        bannerTitle.setText(shown.title());
        setOptional(bannerDetail, shown.detail());
        setOptional(bannerAdvice, shown.advice());
    }

    private static void setOptional(Label label, String text) {
        label.setText(text);
        label.setVisible(text != null && !text.isBlank());
        label.setManaged(label.isVisible());
    }

    /** Moves focus to the control of a field once the page showing it is laid out. */
    private void focus(Field<?> field) {
        Platform.runLater(() -> {
            for (StepView view : views.values()) {
                if (!view.root().isVisible()) {
                    continue;
                }
                Optional<Node> node = view.nodeFor(field);
                if (node.isPresent()) {
                    node.get().requestFocus();
                    return;
                }
            }
        });
    }

    @FXML
    private void back() {
        wizard.back();
    }

    @FXML
    private void next() {
        wizard.next();
    }

    @FXML
    private void returnToReview() {
        wizard.returnToReview();
    }

    @FXML
    private void submit() {
        wizard.submit();
    }

    @FXML
    private void cancel() {
        wizard.cancelSubmit();
    }

    @FXML
    private void resumeDraft() {
        wizard.resumeDraft();
    }

    @FXML
    private void discardDraft() {
        wizard.discardDraft();
    }

    @FXML
    private void dismissBanner() {
        wizard.dismissBanner();
    }

    public BorderPane root() {
        return root;
    }
}
