package dev.intake.ui;

import static dev.intake.ui.Fx.await;
import static dev.intake.ui.Fx.fx;
import static dev.intake.ui.Fx.shown;
import static dev.intake.ui.Fx.fxRun;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.app.AppServices;
import dev.intake.app.IntakeApp;
import dev.intake.ats.Application;
import dev.intake.ats.Ats;
import dev.intake.ats.AtsConnection;
import dev.intake.ats.Candidate;
import dev.intake.ats.HttpClients;
import dev.intake.ats.Job;
import dev.intake.ats.JobPosting;
import dev.intake.ats.StackOneClient;
import dev.intake.common.FxTaskExecutor;
import dev.intake.form.FieldViews;
import dev.intake.form.FilePicker;
import dev.intake.outbox.ConnectionResolver;
import dev.intake.outbox.SettleSchedule;
import dev.intake.outbox.SqliteOutbox;
import dev.intake.sandbox.SandboxOptions;
import dev.intake.sandbox.SandboxServer;
import dev.intake.sandbox.SeedPostings;
import dev.intake.store.Database;
import dev.intake.store.OpenResult;
import dev.intake.store.SqliteDraftStore;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import dev.intake.wizard.WizardViewModel;
import dev.intake.wizard.fakes.TestProfiles;
import dev.intake.wizard.result.SubmissionViewModel.Phase;
import dev.intake.wizard.step.WizardStep;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The real window on real services: the StackOne client over HTTP to the embedded sandbox, the SQLite outbox and
 * draft store in a fresh data directory, the application's executor. Driven only by clicks and keys; what the
 * sandbox stored is read back to check what arrived.
 */
@ExtendWith(ApplicationExtension.class)
class WizardAgainstSandboxUiTest {
    private static SandboxServer sandbox;
    private static Ats ats;

    @TempDir
    Path dir;
    private final Deque<List<Path>> pickedFiles = new ArrayDeque<>();
    private Database database;
    /** The sandbox shows records at once: check lost answers after moments rather than minutes. */
    private static final SettleSchedule QUICK_CHECKS = new SettleSchedule(Duration.ofMillis(200),
            List.of(Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(200)));
    private SqliteOutbox outbox;
    private FxTaskExecutor executor;
    private Stage stage;
    private WizardViewModel wizard;

    @BeforeAll
    static void startSandbox() {
        sandbox = SandboxServer.start(SandboxOptions.defaults());
        ats = new StackOneClient(new AtsConnection(sandbox.baseUrl().toString(), sandbox.apiKey(),
                sandbox.accountId()), HttpClients.shared());
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @AfterEach
    void close() throws Exception {
        if (stage != null) {
            fxRun(stage::close);
        }
        if (wizard != null) {
            fxRun(() -> wizard.submission().dispose());
        }
        if (outbox != null) {
            outbox.close();
        }
        if (executor != null) {
            executor.close();
        }
        if (database != null) {
            database.close();
        }
        sandbox.knobs().reset();
    }

    /** Starts the window as the application does, on services composed here rather than by the production factory. */
    private void open() throws Exception {
        OpenResult opened = Database.open(dir.resolve("data"), Clock.systemUTC());
        database = ((OpenResult.Opened) opened).database();
        executor = new FxTaskExecutor();
        outbox = SqliteOutbox.create(database, new ConnectionResolver() {
            @Override
            public String currentProfileId() {
                return TestProfiles.SANDBOX.id();
            }

            @Override
            public Optional<Ats> ats(String profileId) {
                return TestProfiles.SANDBOX.id().equals(profileId) ? Optional.of(ats) : Optional.empty();
            }
        }, QUICK_CHECKS, executor);
        outbox.start();
        AppServices services = new AppServices(ats, outbox, new SqliteDraftStore(database), TestProfiles.SANDBOX,
                executor);
        FilePicker picker = (owner, title, multiple) -> pickedFiles.isEmpty() ? List.of() : pickedFiles.removeFirst();
        IntakeApp app = new IntakeApp(args -> Optional.of(services), picker, executor);
        stage = Fx.show(app);
        wizard = app.wizard().orElseThrow();
        await(() -> !wizard.job().jobMatches().isEmpty() && !wizard.documents().categories().isEmpty());
    }

    // ---- looking things up and acting on them as a user would ---------------------------------------------

    private <T extends Node> T node(FxRobot robot, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query).query();
    }

    private <T extends Node> T nodeIn(FxRobot robot, Node parent, String query, Predicate<T> which) {
        return robot.from(parent).lookup(query).match(which).query();
    }

    /** Scrolls the page so the node is in sight, as a user would with the wheel, before clicking it. */
    private void reveal(Node target) throws Exception {
        fxRun(() -> {
            for (Node up = target.getParent(); up != null; up = up.getParent()) {
                if (up instanceof ScrollPane pane) {
                    Node content = pane.getContent();
                    Bounds inContent = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
                    double hidden = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                    if (hidden > 0) {
                        double top = Math.max(0, inContent.getMinY() - 40);
                        pane.setVvalue(pane.getVmin() + Math.min(1, top / hidden) * (pane.getVmax() - pane.getVmin()));
                    }
                    pane.layout();
                    return;
                }
            }
        });
    }

    private void click(FxRobot robot, Node target) throws Exception {
        reveal(target);
        robot.clickOn(target);
    }

    private void typeInto(FxRobot robot, Node target, String text) throws Exception {
        click(robot, target);
        robot.write(text);
    }

    private void typeInto(FxRobot robot, String query, String text) throws Exception {
        typeInto(robot, node(robot, query), text);
    }

    private void clickNext(FxRobot robot) throws Exception {
        WizardStep before = fx(wizard::currentStep);
        robot.clickOn("#nextButton");
        await(() -> wizard.currentStep() != before);
    }

    private Node question(FxRobot robot, JobPosting.Question question) {
        return node(robot, "#question-" + question.id());
    }

    private void choose(FxRobot robot, JobPosting.Question question, String optionText) throws Exception {
        RadioButton option = nodeIn(robot, question(robot, question), ".radio-button",
                (RadioButton r) -> r.getText().equals(optionText));
        click(robot, option);
    }

    private void answerText(FxRobot robot, JobPosting.Question question, String text) throws Exception {
        Node block = question(robot, question);
        Node input = nodeIn(robot, block, ".text-input", n -> true);
        typeInto(robot, input, text);
    }

    /**
     * Answers the general questionnaire's required questions by clicking and typing. Without the right to work, the
     * conditional visa question appears and is answered too.
     */
    private void answerRequired(FxRobot robot, JobPosting posting, String motivation, String visa) throws Exception {
        answerText(robot, SeedPostings.question(posting, "Q-motivation"), motivation);
        JobPosting.Question visaQuestion = SeedPostings.question(posting, "Q-visa");
        assertFalse(fx(() -> question(robot, visaQuestion).isVisible()), "the visa question waits for its parent");
        choose(robot, SeedPostings.question(posting, "Q-right_to_work"), visa == null ? "Yes" : "No");
        if (visa != null) {
            await(() -> question(robot, visaQuestion).isVisible());
            answerText(robot, visaQuestion, visa);
        }
        choose(robot, SeedPostings.question(posting, "Q-relocate"), "Yes");
        answerText(robot, SeedPostings.question(posting, "Q-experience_years"), "12");
        click(robot, nodeIn(robot, question(robot, SeedPostings.question(posting, "Q-cv")), ".button", n -> true));
        await(() -> wizard.questionnaire().validProperty().get());
    }

    private static boolean invalid(Node node) {
        return node.getPseudoClassStates().contains(FieldViews.INVALID);
    }

    /** Types the job's code into the search, picks the job from the list, then the posting from its picker. */
    private void pickJobAndPosting(FxRobot robot, Job job, JobPosting posting) throws Exception {
        typeInto(robot, "#jobSearch", job.code());
        ListView<Job> jobs = node(robot, "#jobList");
        await(() -> jobs.getItems().size() == 1);
        robot.clickOn(robot.from(jobs).lookup(".job-title").match((Label l) -> job.title().equals(l.getText()))
                .<Node>query());
        await(() -> wizard.job().job().get() != null && !wizard.job().postings().isEmpty());
        if (posting != null && fx(() -> wizard.job().posting().get() == null)) {
            ComboBox<JobPosting> picker = node(robot, "#posting");
            click(robot, picker);
            robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                    .match((javafx.scene.control.ListCell<?> c) -> posting.title().equals(c.getText())).<Node>query());
        }
        if (posting != null) {
            await(() -> wizard.job().posting().get() != null
                    && posting.id().equals(wizard.job().posting().get().id()));
        }
    }

    /** Opens the window, enters a new candidate and picks the job (and posting, if given); returns the next page. */
    private WizardStep newCandidateFor(FxRobot robot, String first, String last, String email, Job job,
            JobPosting posting) throws Exception {
        open();
        enterCandidate(robot, first, last, email);
        clickNext(robot);
        pickJobAndPosting(robot, job, posting);
        clickNext(robot);
        return fx(wizard::currentStep);
    }

    private void enterCandidate(FxRobot robot, String first, String last, String email) throws Exception {
        typeInto(robot, "#firstName", first);
        typeInto(robot, "#lastName", last);
        typeInto(robot, "#email", email);
    }

    // ---- what the sandbox offers -----------------------------------------------------------------------------

    /** A live posting of an open job whose only questionnaire is the general one (with its conditional visa question). */
    private static JobPosting generalPosting() {
        return sandbox.data().jobPostings().stream()
                .filter(p -> p.status().value().equals("live"))
                .filter(p -> sandbox.data().job(p.jobId()).orElseThrow().statusWord().equals("open"))
                .filter(p -> p.questionnaires().size() == 1
                        && p.questionnaires().getFirst().remoteId().equals("QN-general"))
                .findFirst().orElseThrow();
    }

    private static Job jobOf(JobPosting posting) {
        return sandbox.data().job(posting.jobId()).orElseThrow();
    }

    private static List<Application> createdFor(String candidateId) {
        return sandbox.data().createdApplications().stream().filter(a -> candidateId.equals(a.candidateId()))
                .toList();
    }

    private static JsonNode answerSent(JsonNode body, JobPosting.Question question) {
        for (JsonNode answer : body.path("questionnaires").path(0).path("answers")) {
            if (answer.path("id").asText().equals(question.id())) {
                return answer.path("values");
            }
        }
        return null;
    }

    // ---- scenarios ---------------------------------------------------------------------------------------------

    @Test
    void aNewCandidateWithAConditionalAnswerAndADocumentIsStoredByTheSandbox(FxRobot robot) throws Exception {
        JobPosting posting = generalPosting();
        JobPosting.Question motivation = SeedPostings.question(posting, "Q-motivation");
        JobPosting.Question rightToWork = SeedPostings.question(posting, "Q-right_to_work");
        JobPosting.Question visa = SeedPostings.question(posting, "Q-visa");
        JobPosting.Question relocate = SeedPostings.question(posting, "Q-relocate");
        JobPosting.Question experience = SeedPostings.question(posting, "Q-experience_years");
        JobPosting.Question cvQuestion = SeedPostings.question(posting, "Q-cv");
        Path answerCv = Files.writeString(dir.resolve("noether-cv.txt"), "Invariant theory, rings, ideals");
        byte[] documentBytes = "%PDF-1.7 Idealtheorie in Ringbereichen".getBytes(StandardCharsets.UTF_8);
        Path document = Files.write(dir.resolve("noether-publications.pdf"), documentBytes);
        pickedFiles.add(List.of(answerCv));
        pickedFiles.add(List.of(document));
        assertEquals(WizardStep.QUESTIONNAIRE, newCandidateFor(robot, "Emmy", "Noether",
                "emmy.noether@erlangen.example", jobOf(posting), posting));

        answerRequired(robot, posting, "To work on abstract algebra", "Research permit");
        clickNext(robot);

        assertEquals(WizardStep.DOCUMENTS, fx(wizard::currentStep));
        robot.clickOn("#chooseButton");
        await(() -> wizard.documents().documents().size() == 1);
        clickNext(robot);
        assertEquals(WizardStep.REVIEW, fx(wizard::currentStep));
        robot.clickOn("#submitButton");
        await(() -> wizard.currentStep() == WizardStep.RESULT);

        String shownId = fx(() -> ((Label) node(robot, "#applicationId")).getText());
        String shownRemoteId = fx(() -> ((Label) node(robot, "#remoteId")).getText());
        List<Candidate> byEmail = ats.candidatesByEmail("emmy.noether@erlangen.example", 10).all();
        assertEquals(1, byEmail.size(), "one new candidate");
        List<Application> stored = createdFor(byEmail.getFirst().id());
        assertEquals(1, stored.size(), "exactly one application");
        Application application = stored.getFirst();
        assertEquals(shownId, application.id());
        assertEquals(shownRemoteId, application.remoteId());
        assertEquals(posting.jobId(), application.jobId());
        assertTrue(ats.applications(posting.jobId(), null, 100).all().stream()
                .anyMatch(a -> a.id().equals(shownId)), "listed under the job over HTTP");

        JsonNode body = sandbox.data().requestBody(shownId).orElseThrow();
        assertEquals(posting.id(), body.path("job_posting_id").asText());
        assertEquals("[\"To work on abstract algebra\"]", answerSent(body, motivation).toString());
        assertEquals("[\"No\"]", answerSent(body, rightToWork).toString());
        assertEquals("[\"Research permit\"]", answerSent(body, visa).toString());
        assertEquals("[\"true\"]", answerSent(body, relocate).toString());
        assertEquals("[\"12\"]", answerSent(body, experience).toString());
        assertArrayEquals(Files.readAllBytes(answerCv),
                Base64.getDecoder().decode(answerSent(body, cvQuestion).path(0).asText()));
        JsonNode sentDocument = body.path("documents").path(0);
        assertEquals("noether-publications.pdf", sentDocument.path("name").asText());
        assertArrayEquals(documentBytes, Base64.getDecoder().decode(sentDocument.path("content").asText()));
        assertEquals(1, body.path("documents").size());
    }

    @Test
    void aBadEmailIsExplainedUnderTheFieldAndFixedInPlaceThenNextLeads(FxRobot robot) throws Exception {
        open();
        enterCandidate(robot, "Ada", "Byron", "ada@analytical");
        TextField email = node(robot, "#email");
        Label error = node(robot, "#emailError");
        await(() -> invalid(email) && error.isVisible());
        assertEquals("Email: “ada@analytical” is not an email address. Write it as name@example.com.",
                fx(error::getText));
        assertTrue(fx(() -> node(robot, "#nextButton").isDisabled()), "Next waits for a valid step");

        robot.clickOn(email).write(".org");
        await(() -> !invalid(email) && !error.isVisible() && !node(robot, "#nextButton").isDisabled());
        assertEquals("ada@analytical.org", fx(email::getText));
        assertEquals("Byron", fx(() -> ((TextField) node(robot, "#lastName")).getText()), "nothing typed is lost");
        clickNext(robot);
        assertEquals(WizardStep.JOB, fx(wizard::currentStep));
        assertTrue(fx(() -> ((ListView<?>) node(robot, "#jobList")).getItems().size() > 1),
                "the sandbox's jobs are offered");
    }

    @Test
    void anExistingCandidateIsUsedThroughTheDuplicatePrompt(FxRobot robot) throws Exception {
        Candidate seeded = sandbox.data().candidates().stream()
                .filter(c -> sandbox.data().candidatesByEmail(c.email()).size() == 1).findFirst().orElseThrow();
        Job job = jobOf(generalPosting());
        int candidatesBefore = sandbox.data().candidates().size();
        open();

        typeInto(robot, "#email", seeded.email());
        await(() -> shown(robot, stage, "#duplicateBox"));
        assertTrue(fx(() -> ((Label) node(robot, "#duplicateDetail")).getText()).contains(seeded.name()),
                "the prompt names the person the sandbox knows");
        robot.clickOn("#useDuplicateButton");
        await(() -> shown(robot, stage, "#existingPane"));
        clickNext(robot);
        pickJobAndPosting(robot, job, null);
        clickNext(robot);
        assertEquals(WizardStep.DOCUMENTS, fx(wizard::currentStep), "no posting chosen: no questionnaire");
        clickNext(robot);
        robot.clickOn("#submitButton");
        await(() -> wizard.currentStep() == WizardStep.RESULT);

        String shownId = fx(() -> ((Label) node(robot, "#applicationId")).getText());
        Application stored = sandbox.data().application(shownId).orElseThrow();
        assertEquals(seeded.id(), stored.candidateId());
        assertEquals(job.id(), stored.jobId());
        assertEquals(seeded.id(), sandbox.data().requestBody(shownId).orElseThrow().path("candidate_id").asText());
        assertEquals(candidatesBefore, sandbox.data().candidates().size(), "no second person was created");
        assertEquals(1, ats.candidatesByEmail(seeded.email(), 10).all().size());
        assertTrue(ats.candidate(seeded.id()).applicationIds().contains(shownId),
                "the sandbox lists the application under the existing candidate");
    }

    @Test
    void anAnswerOnlyTheServerRefusesIsShownUnderItsQuestionAndNothingTypedIsLost(FxRobot robot) throws Exception {
        JobPosting posting = generalPosting();
        JobPosting.Question preferredName = SeedPostings.question(posting, "Q-preferred_name");
        Path cv = Files.writeString(dir.resolve("lovelace-cv.txt"), "Notes on the Analytical Engine");
        pickedFiles.add(List.of(cv));
        assertEquals(WizardStep.QUESTIONNAIRE, newCandidateFor(robot, "Ada", "Lovelace",
                "ada.lovelace@analytical.example", jobOf(posting), posting));
        answerRequired(robot, posting, "Poetical science", null);
        // The sandbox keeps short answers to 255 characters; the window has no such limit of its own.
        String tooLong = "Augusta Ada King, Countess of Lovelace; ".repeat(7);
        Node nameInput = nodeIn(robot, question(robot, preferredName), ".text-input", n -> true);
        click(robot, nameInput);
        // Pasted, as such a text would be: typing it key by key would only make the test slow.
        fxRun(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, tooLong)));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        await(() -> tooLong.equals(((TextField) nameInput).getText()));
        clickNext(robot);
        clickNext(robot);
        robot.clickOn("#submitButton");

        await(() -> wizard.currentStep() == WizardStep.QUESTIONNAIRE);
        await(nameInput::isFocused);
        assertTrue(fx(() -> invalid(nameInput)));
        Label problem = fx(() -> nodeIn(robot, question(robot, preferredName), ".field-error", Node::isVisible));
        assertTrue(fx(problem::getText).startsWith("The ATS refused this value: "), fx(problem::getText));
        assertTrue(fx(problem::getText).contains("is longer than 255 characters"), fx(problem::getText));
        assertTrue(fx(() -> shown(robot, stage, "#banner")));
        assertEquals(tooLong, fx(() -> ((TextField) nameInput).getText()), "the refused answer is kept to be fixed");
        assertEquals("Poetical science", fx(() -> ((TextInputControl) nodeIn(robot,
                question(robot, SeedPostings.question(posting, "Q-motivation")), ".text-input", n -> true))
                .getText()));
        assertEquals("Lovelace", fx(() -> ((TextField) node(robot, "#lastName")).getText()));
        assertEquals("ada.lovelace@analytical.example", fx(() -> ((TextField) node(robot, "#email")).getText()));
        assertTrue(ats.candidatesByEmail("ada.lovelace@analytical.example", 10).all().isEmpty(),
                "the refused request created nobody");

        // The window put the cursor in the refused answer: select it and type the fix.
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Ada");
        await(() -> !invalid(nameInput));
        robot.clickOn("#returnButton");
        await(() -> wizard.currentStep() == WizardStep.REVIEW);
        robot.clickOn("#submitButton");
        await(() -> wizard.currentStep() == WizardStep.RESULT);
        String shownId = fx(() -> ((Label) node(robot, "#applicationId")).getText());
        Candidate created = ats.candidatesByEmail("ada.lovelace@analytical.example", 10).all().getFirst();
        assertEquals(List.of(shownId), createdFor(created.id()).stream().map(Application::id).toList());
        assertEquals("[\"Ada\"]", answerSent(sandbox.data().requestBody(shownId).orElseThrow(), preferredName)
                .toString());
    }

    @Test
    void aSlowSubmitIsCancelledWhileTheWindowRespondsAndTheOutcomeIsTold(FxRobot robot) throws Exception {
        String email = "alan.turing@bletchley.example";
        assertEquals(WizardStep.DOCUMENTS, newCandidateFor(robot, "Alan", "Turing", email, jobOf(generalPosting()),
                null));
        clickNext(robot);
        sandbox.knobs().latency(Duration.ofSeconds(4));
        robot.clickOn("#submitButton");
        await(() -> wizard.submission().submissionProperty().get() != null
                && wizard.submission().submissionProperty().get().state() == SubmissionState.SENDING);
        assertTrue(fx(() -> shown(robot, stage, "#cancelButton")));

        // While the sandbox holds the request, the window still answers: the JSON being sent can be opened.
        TitledPane json = node(robot, "#jsonPane");
        click(robot, json);
        await(json::isExpanded);
        assertTrue(fx(() -> ((TextInputControl) node(robot, "#json")).getText()).contains(email));
        assertTrue(sandbox.data().candidatesByEmail(email).isEmpty(), "the sandbox has not answered yet");
        robot.clickOn("#cancelButton");
        await(() -> !wizard.submission().phase().inProgress());

        // In flight, a cancel cannot take the request back: Intake says the outcome is unknown and asks the ATS.
        // Only a cancel that beat the send is a plain "cancelled".
        Phase told = fx(wizard.submission()::phase);
        assertTrue(told == Phase.OUTCOME_UNKNOWN || told == Phase.CANCELLED, told.toString());
        if (told == Phase.OUTCOME_UNKNOWN) {
            assertEquals(WizardStep.RESULT, fx(wizard::currentStep));
            assertEquals("Sent, but the answer was lost", fx(() -> ((Label) node(robot, ".result-title")).getText()));
        } else {
            assertEquals("Submission cancelled", fx(() -> ((Label) node(robot, "#bannerTitle")).getText()));
        }
        long localId = fx(() -> wizard.submission().submissionProperty().get().localId());
        // A read sent now is answered after the sandbox has dealt with anything that arrived before it.
        ats.jobs(null, 1).fetch(null);
        await(() -> settled(outbox.get(localId)));

        Submission outcome = outbox.get(localId);
        List<Candidate> people = sandbox.data().candidatesByEmail(email);
        List<String> stored = people.stream().flatMap(c -> createdFor(c.id()).stream()).map(Application::id).toList();
        if (outcome.state() == SubmissionState.CREATED) {
            assertEquals(List.of(outcome.applicationId()), stored, "found by the check, sent once");
            await(() -> wizard.submission().phase() == Phase.CREATED);
            assertEquals(outcome.applicationId(), fx(() -> ((Label) node(robot, "#applicationId")).getText()));
        } else {
            assertEquals(List.of(), stored, "not created, and not sent again");
        }
        assertTrue(stored.size() <= 1);
    }

    /** The outbox is done with the submission: created, cancelled, or checked and left to the user. */
    private static boolean settled(Submission submission) {
        return switch (submission.state()) {
            case CREATED, CANCELLED, REJECTED -> true;
            case OUTCOME_UNKNOWN -> submission.nextAttemptAt() == null;
            default -> false;
        };
    }

    @Test
    void theWholeFlowToTheSandboxWorksWithTheKeyboardAlone(FxRobot robot) throws Exception {
        Job job = jobOf(generalPosting());
        byte[] letter = "Dear team, I would like to apply.".getBytes(StandardCharsets.UTF_8);
        pickedFiles.add(List.of(Files.write(dir.resolve("letter.txt"), letter)));
        open();
        TextField firstName = node(robot, "#firstName");
        await(firstName::isFocused);
        robot.write("Alan").type(KeyCode.TAB).write("Kay").type(KeyCode.TAB).type(KeyCode.TAB)
                .write("alan.kay@parc.example");
        robot.type(KeyCode.ENTER);
        await(() -> wizard.currentStep() == WizardStep.JOB);
        TextField search = node(robot, "#jobSearch");
        await(search::isFocused);
        robot.write(job.code());
        await(() -> wizard.job().jobMatches().size() == 1);
        robot.type(KeyCode.DOWN);
        await(() -> wizard.job().job().get() != null);
        robot.type(KeyCode.ENTER);
        await(() -> wizard.currentStep() == WizardStep.DOCUMENTS);
        await(() -> node(robot, "#chooseButton").isFocused());
        robot.type(KeyCode.ENTER);
        await(() -> wizard.documents().documents().size() == 1);
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        await(() -> wizard.currentStep() == WizardStep.REVIEW);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        await(() -> wizard.currentStep() == WizardStep.RESULT);

        String shownId = fx(() -> ((Label) node(robot, "#applicationId")).getText());
        Candidate created = ats.candidatesByEmail("alan.kay@parc.example", 10).all().getFirst();
        assertEquals("Alan Kay", created.name());
        assertEquals(List.of(shownId), createdFor(created.id()).stream().map(Application::id).toList());
        JsonNode body = sandbox.data().requestBody(shownId).orElseThrow();
        assertEquals(job.id(), body.path("job_id").asText());
        assertEquals("letter.txt", body.path("documents").path(0).path("name").asText());
        assertArrayEquals(letter, Base64.getDecoder().decode(body.path("documents").path(0).path("content").asText()));
    }
}
