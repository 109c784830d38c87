package dev.intake.ui;

import static dev.intake.ui.Fx.await;
import static dev.intake.ui.Fx.fx;
import static dev.intake.ui.Fx.shown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.app.IntakeApp;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.CreateApplicationRequest.Answer;
import dev.intake.form.FieldViews;
import dev.intake.wizard.WizardViewModel;
import dev.intake.wizard.result.SubmissionViewModel.Phase;
import dev.intake.wizard.step.WizardStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The wizard driven through its window, headless, on in-memory services. */
@ExtendWith(ApplicationExtension.class)
class WizardUiTest {
    @TempDir
    Path dir;
    private final TestServices services = new TestServices();
    private Stage stage;
    private WizardViewModel wizard;


    private void open() throws Exception {
        IntakeApp app = services.app();
        stage = fx(() -> {
            Stage shown = new Stage();
            app.start(shown);
            return shown;
        });
        wizard = app.wizard().orElseThrow();
        await(() -> !wizard.job().jobMatches().isEmpty() && !wizard.documents().categories().isEmpty());
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            fx(() -> {
                stage.close();
                return null;
            });
        }
    }

    private <T extends Node> T node(FxRobot robot, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query).query();
    }

    private void typeInto(FxRobot robot, String query, String text) {
        Node target = node(robot, query);
        robot.clickOn(target);
        robot.write(text);
    }

    private boolean invalid(Node node) {
        return node.getPseudoClassStates().contains(FieldViews.INVALID);
    }

    private void enterCandidate(FxRobot robot, String email) {
        typeInto(robot, "#firstName", "Grace");
        typeInto(robot, "#lastName", "Hopper");
        typeInto(robot, "#email", email);
    }

    private void pickJob(FxRobot robot, String search, String title) throws Exception {
        typeInto(robot, "#jobSearch", search);
        await(() -> ((ListView<?>) node(robot, "#jobList")).getItems().size() == 1);
        robot.clickOn(title);
        await(() -> wizard.job().job().get() != null);
    }

    private void clickNext(FxRobot robot) throws Exception {
        WizardStep before = fx(wizard::currentStep);
        robot.clickOn("#nextButton");
        await(() -> wizard.currentStep() != before);
    }

    @Test
    void theCountryAndPhoneTypeListsOpenOnTheirFirstUse(FxRobot robot) throws Exception {
        open();
        typeInto(robot, "#country", "swed");
        ComboBox<?> country = node(robot, "#country");
        await(country::isShowing);
        assertEquals(List.of("Sweden"), fx(() -> shownCells(country)),
                "the list drops down, narrowed to what was typed");
        robot.type(KeyCode.DOWN, KeyCode.ENTER);
        await(() -> wizard.candidate().country().get() != null);
        assertEquals("SE", fx(() -> wizard.candidate().country().get().code()));

        ComboBox<?> phoneType = fx(() -> (ComboBox<?>) stage.getScene().lookup("#phoneRows .combo-box"));
        robot.clickOn(phoneType);
        await(phoneType::isShowing);
        assertEquals(List.of("Mobile", "Personal", "Work", "Home", "Other"), fx(() -> shownCells(phoneType)));
        robot.clickOn("Work");
        await(() -> "work".equals(wizard.candidate().phones().getFirst().typeProperty().get()));
    }

    /** The texts of the rows a box's drop-down list shows. */
    private static List<String> shownCells(ComboBox<?> box) {
        Node list = ((ComboBoxListViewSkin<?>) box.getSkin()).getPopupContent();
        return list.lookupAll(".list-cell").stream().map(cell -> ((ListCell<?>) cell).getText())
                .filter(text -> text != null && !text.isEmpty()).toList();
    }

    @Test
    void newCandidateWithConditionalQuestionAndDocumentIsSubmitted(FxRobot robot) throws Exception {
        services.outbox.automatic = true;
        Path cv = Files.writeString(dir.resolve("grace-hopper-cv.pdf"), "%PDF-1.7 COBOL");
        services.pickedFiles.add(List.of(cv));
        open();
        enterCandidate(robot, "grace.hopper@navy.example");
        clickNext(robot);
        pickJob(robot, "backend", "Senior Backend Engineer");
        clickNext(robot);
        assertEquals(WizardStep.QUESTIONNAIRE, fx(wizard::currentStep));

        typeInto(robot, "#question-q-why .text-field", "To build compilers");
        assertFalse(fx(() -> node(robot, "#question-q-visa-type").isVisible()), "conditional hidden at first");
        Node visa = node(robot, "#question-q-visa");
        Node yes = robot.from(visa).lookup("Yes").query();
        robot.clickOn(yes);
        await(() -> shown(robot, stage, "#question-q-visa-type"));
        typeInto(robot, "#question-q-visa-type .text-field", "H-1B");
        clickNext(robot);

        robot.clickOn("#chooseButton");
        await(() -> wizard.documents().documents().size() == 1);
        assertTrue(robot.lookup("grace-hopper-cv.pdf").tryQuery().isPresent());
        clickNext(robot);
        assertEquals(WizardStep.REVIEW, fx(wizard::currentStep));
        Set<Long> valueColumns = fx(() -> robot.lookup(".review-section").queryAll().stream()
                .flatMap(section -> robot.from(section).lookup((Node n) -> n instanceof GridPane).queryAll().stream())
                .flatMap(grid -> ((GridPane) grid).getChildren().stream())
                .filter(cell -> Integer.valueOf(1).equals(GridPane.getColumnIndex(cell)))
                .map(value -> Math.round(value.localToScene(value.getLayoutBounds()).getMinX()))
                .collect(Collectors.toSet()));
        assertEquals(1, valueColumns.size(), "the review's values start in one column: " + valueColumns);
        robot.clickOn("#submitButton");
        await(() -> wizard.currentStep() == WizardStep.RESULT);
        assertEquals("app-1", fx(() -> ((Label) node(robot, "#applicationId")).getText()));

        CreateApplicationRequest sent = services.outbox.submitted.getFirst();
        assertEquals("grace.hopper@navy.example", sent.candidate().email());
        assertEquals("j-backend", sent.jobId());
        List<Answer> answers = sent.questionnaires().getFirst().answers();
        assertEquals(List.of("q-why", "q-visa", "q-visa-type"), answers.stream().map(Answer::id).toList());
        assertEquals(List.of("H-1B"), answers.get(2).values());
        assertEquals("grace-hopper-cv.pdf", sent.documents().getFirst().name());
        assertEquals("cat-resume", sent.documents().getFirst().categoryId());
    }

    @Test
    void theDuplicatePromptSwitchesToTheExistingCandidate(FxRobot robot) throws Exception {
        services.outbox.automatic = true;
        open();
        enterCandidate(robot, "ada@example.com");
        await(() -> shown(robot, stage, "#duplicateBox"));
        robot.clickOn("#useDuplicateButton");
        await(() -> shown(robot, stage, "#existingPane"));
        assertEquals("c-ada", fx(() -> wizard.candidate().candidateId()));
        clickNext(robot);
        pickJob(robot, "designer", "Product Designer");
        clickNext(robot);
        assertEquals(WizardStep.DOCUMENTS, fx(wizard::currentStep), "no questionnaire: skipped");
        clickNext(robot);
        robot.clickOn("#submitButton");
        await(() -> wizard.currentStep() == WizardStep.RESULT);
        CreateApplicationRequest sent = services.outbox.submitted.getFirst();
        assertEquals("c-ada", sent.candidateId());
        assertNull(sent.candidate());
    }

    @Test
    void aValidationErrorIsShownUnderTheFieldAndFixedInPlace(FxRobot robot) throws Exception {
        open();
        enterCandidate(robot, "grace@navy");
        TextField email = node(robot, "#email");
        Label error = node(robot, "#emailError");
        await(() -> invalid(email) && error.isVisible());
        assertEquals("Email: “grace@navy” is not an email address. Write it as name@example.com.",
                fx(error::getText));
        assertTrue(fx(() -> node(robot, "#nextButton").isDisabled()));
        robot.clickOn(email).write(".mil");
        await(() -> !invalid(email) && !error.isVisible());
        assertFalse(fx(() -> node(robot, "#nextButton").isDisabled()));
        assertEquals("Grace", fx(() -> ((TextField) node(robot, "#firstName")).getText()));
    }

    @Test
    void aServer422IsShownOnTheFieldItNames(FxRobot robot) throws Exception {
        open();
        enterCandidate(robot, "grace@navy.example");
        clickNext(robot);
        pickJob(robot, "designer", "Product Designer");
        clickNext(robot);
        clickNext(robot);
        robot.clickOn("#submitButton");
        await(() -> wizard.submission().phase() == Phase.SENDING);
        services.outbox.reject(1, 422, "candidate.email: mailbox does not exist");
        await(() -> wizard.currentStep() == WizardStep.CANDIDATE);
        TextField email = node(robot, "#email");
        await(email::isFocused);
        assertTrue(fx(() -> invalid(email)));
        assertEquals("The ATS refused this value: candidate.email: mailbox does not exist",
                fx(() -> ((Label) node(robot, "#emailError")).getText()));
        assertTrue(fx(() -> shown(robot, stage, "#banner")));
        assertEquals("Hopper", fx(() -> ((TextField) node(robot, "#lastName")).getText()), "nothing typed is lost");
        robot.clickOn(email).eraseText(".example".length()).write(".mil");
        robot.clickOn("#returnButton");
        await(() -> wizard.currentStep() == WizardStep.REVIEW);
        robot.clickOn("#submitButton");
        await(() -> services.outbox.resubmitted.size() == 1);
        assertEquals("grace@navy.mil", services.outbox.submitted.getLast().candidate().email());
    }

    @Test
    void aSlowSubmitCanBeCancelledAndNothingIsLost(FxRobot robot) throws Exception {
        open();
        enterCandidate(robot, "grace@navy.example");
        clickNext(robot);
        pickJob(robot, "designer", "Product Designer");
        clickNext(robot);
        clickNext(robot);
        robot.clickOn("#submitButton");
        await(() -> shown(robot, stage, "#cancelButton"));
        Button cancel = node(robot, "#cancelButton");
        assertTrue(fx(() -> ((Label) node(robot, "#progressText")).getText().contains("ATS")));
        assertTrue(fx(() -> node(robot, "#backButton").isDisabled()), "no leaving while it is sent");
        robot.clickOn(cancel);
        await(() -> wizard.submission().phase() == Phase.CANCELLED);
        assertEquals(List.of(1L), services.outbox.cancelled);
        assertEquals(WizardStep.REVIEW, fx(wizard::currentStep));
        assertFalse(fx(() -> shown(robot, stage, "#progressBox")));
        assertEquals("Submission cancelled", fx(() -> ((Label) node(robot, "#bannerTitle")).getText()));
        assertEquals("grace@navy.example", fx(() -> wizard.candidate().email().get()));
    }

    @Test
    void anUnfinishedApplicationIsOfferedAndResumed(FxRobot robot) throws Exception {
        open();
        enterCandidate(robot, "grace@navy.example");
        // A pause in the typing (a busy machine) saves a draft of what was typed so far: wait for the whole of it.
        await(() -> services.drafts.unfinished().size() == 1
                && services.drafts.unfinished().getFirst().json().contains("grace@navy.example"));
        close();
        open();
        await(() -> shown(robot, stage, "#draftBox"));
        assertEquals("", fx(() -> ((TextField) node(robot, "#firstName")).getText()));
        robot.clickOn("#resumeDraft");
        await(() -> "Grace".equals(((TextField) node(robot, "#firstName")).getText()));
        assertEquals("grace@navy.example", fx(() -> ((TextField) node(robot, "#email")).getText()));
        assertFalse(fx(() -> shown(robot, stage, "#draftBox")));
    }

    @Test
    void aResumedApplicationShowsItsJobPickedInTheList(FxRobot robot) throws Exception {
        open();
        enterCandidate(robot, "grace@navy.example");
        clickNext(robot);
        pickJob(robot, "designer", "Product Designer");
        await(() -> services.drafts.unfinished().size() == 1
                && services.drafts.unfinished().getFirst().json().contains("Product Designer"));
        close();
        open();
        robot.clickOn("#resumeDraft");
        await(() -> wizard.currentStep() == WizardStep.JOB);
        ListView<?> jobs = node(robot, "#jobList");
        await(() -> jobs.getSelectionModel().getSelectedItem() != null);
        assertEquals(fx(() -> wizard.job().job().get()), fx(() -> jobs.getSelectionModel().getSelectedItem()));
    }

    @Test
    void theJobSearchHasAButtonThatClearsIt(FxRobot robot) throws Exception {
        open();
        enterCandidate(robot, "grace@navy.example");
        clickNext(robot);
        int all = fx(() -> wizard.job().jobMatches().size());
        pickJob(robot, "designer", "Product Designer");
        TextField search = node(robot, "#jobSearch");
        Node clear = search.lookup(".clear-button");
        assertNotNull(clear, "the search field offers a button that clears it");
        robot.clickOn(clear);
        await(() -> search.getText().isEmpty());
        await(() -> ((ListView<?>) node(robot, "#jobList")).getItems().size() == all);
        assertEquals("j-designer", fx(() -> wizard.job().job().get().id()), "clearing the search keeps the job picked");
    }

    @Test
    void theWholeFlowWorksWithTheKeyboardAlone(FxRobot robot) throws Exception {
        services.outbox.automatic = true;
        Path letter = Files.writeString(dir.resolve("letter.txt"), "Dear team");
        services.pickedFiles.add(List.of(letter));
        open();
        TextField firstName = node(robot, "#firstName");
        await(firstName::isFocused);
        robot.write("Grace").type(KeyCode.TAB).write("Hopper").type(KeyCode.TAB).type(KeyCode.TAB)
                .write("grace@navy.example");
        robot.type(KeyCode.ENTER);
        await(() -> wizard.currentStep() == WizardStep.JOB);
        TextField search = node(robot, "#jobSearch");
        await(search::isFocused);
        robot.write("designer").type(KeyCode.DOWN);
        await(() -> wizard.job().job().get() != null);
        robot.type(KeyCode.ENTER);
        await(() -> wizard.currentStep() == WizardStep.DOCUMENTS);
        Button choose = node(robot, "#chooseButton");
        await(choose::isFocused);
        robot.type(KeyCode.ENTER);
        await(() -> wizard.documents().documents().size() == 1);
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        await(() -> wizard.currentStep() == WizardStep.REVIEW);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        await(() -> wizard.currentStep() == WizardStep.RESULT);
        Button newApplicant = node(robot, "#newApplicant");
        await(newApplicant::isFocused);
        robot.type(KeyCode.ENTER);
        await(() -> wizard.currentStep() == WizardStep.CANDIDATE);
        await(firstName::isFocused);
        assertEquals("", fx(firstName::getText));
        assertSame(fx(() -> wizard.job().job().get().id()), "j-designer", "job kept for the next applicant");
        CreateApplicationRequest sent = services.outbox.submitted.getFirst();
        assertEquals("Grace Hopper", sent.candidate().name());
        assertEquals("letter.txt", sent.documents().getFirst().name());
    }
}
