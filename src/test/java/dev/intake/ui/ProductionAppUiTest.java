package dev.intake.ui;

import static dev.intake.ui.Fx.await;
import static dev.intake.ui.Fx.fx;
import static dev.intake.ui.Fx.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.Main;
import dev.intake.accounts.Profile;
import dev.intake.ats.Candidate;
import dev.intake.ats.Job;
import dev.intake.common.Stylesheet;
import dev.intake.common.Theme;
import dev.intake.instance.InstanceBeacon;
import dev.intake.sandbox.FaultKnobs;
import dev.intake.sandbox.SandboxOptions;
import dev.intake.sandbox.SandboxServer;
import dev.intake.store.HistoryEntry;
import dev.intake.store.SubmissionState;
import dev.intake.window.WindowPlacement;
import dev.intake.window.WindowPlacementFile;
import dev.intake.wizard.WizardViewModel;
import dev.intake.wizard.result.SubmissionViewModel.Phase;
import dev.intake.wizard.step.WizardStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Screen;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The installed application end to end: no account set up, so it runs on the embedded sandbox. */
@ExtendWith(ApplicationExtension.class)
class ProductionAppUiTest {
    @TempDir
    Path dir;
    private RunningApp running;

    @AfterEach
    void close() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    private void typeInto(FxRobot robot, String query, String text) {
        robot.clickOn(running.<Node>node(robot, query));
        robot.write(text);
    }

    private void clickNext(FxRobot robot, WizardViewModel wizard) throws Exception {
        WizardStep before = fx(wizard::currentStep);
        robot.clickOn("#nextButton");
        await(() -> wizard.currentStep() != before);
    }

    /** Types a new candidate, picks the first open job (no posting, so no questionnaire) and submits. */
    private WizardViewModel submitNewCandidate(FxRobot robot, String first, String last, String email)
            throws Exception {
        WizardViewModel wizard = running.readyWizard();
        typeInto(robot, "#firstName", first);
        typeInto(robot, "#lastName", last);
        typeInto(robot, "#email", email);
        clickNext(robot, wizard);
        Job job = running.sandbox().data().jobs().stream().filter(j -> j.statusWord().equals("open")).findFirst()
                .orElseThrow();
        fxRun(() -> wizard.job().job().set(wizard.job().jobMatches().stream()
                .filter(j -> j.id().equals(job.id())).findFirst().orElseThrow()));
        while (fx(wizard::currentStep) != WizardStep.REVIEW) {
            clickNext(robot, wizard);
        }
        robot.clickOn("#submitButton");
        return wizard;
    }

    private void showHistory(FxRobot robot) throws Exception {
        fxRun(() -> running.<TabPane>node(robot, "#mainTabs").getSelectionModel().select(1));
    }

    /** A ControlsFX notification with this title is on screen (it asks nothing and goes away by itself). */
    private static boolean notificationShown(FxRobot robot, String title) throws Exception {
        return fx(() -> robot.lookup(".notification-bar .label").queryAll().stream()
                .anyMatch(node -> node instanceof Labeled label && title.equals(label.getText())));
    }

    private String statusText(FxRobot robot, String id) throws Exception {
        return fx(() -> running.<Label>node(robot, id).getText());
    }

    @Test
    void withNoAccountTheAppRunsOnTheSandboxAndAnApplicationReachesItAndHistory(FxRobot robot) throws Exception {
        running = RunningApp.start(dir);
        assertTrue(fx(() -> running.node(robot, "#sandboxBadge").isVisible()), "Sandbox data is labelled");
        assertTrue(fx(() -> running.<HBox>node(robot, "#profileArea").getChildren().size() == 1));

        WizardViewModel wizard = submitNewCandidate(robot, "Chien-Shiung", "Wu", "chien-shiung.wu@example.org");
        await(() -> wizard.currentStep() == WizardStep.RESULT && wizard.submission().phase() == Phase.CREATED);

        String applicationId = statusText(robot, "#applicationId");
        SandboxServer sandbox = running.sandbox();
        Candidate created = sandbox.data().candidatesByEmail("chien-shiung.wu@example.org").getFirst();
        assertEquals(created.id(), sandbox.data().application(applicationId).orElseThrow().candidateId());

        showHistory(robot);
        await(() -> running.<TableView<HistoryEntry>>node(robot, "#table").getItems().stream()
                .anyMatch(e -> applicationId.equals(e.applicationId()) && e.state() == SubmissionState.CREATED
                        && "chien-shiung.wu@example.org".equals(e.candidateEmail())
                        && sandbox.data().jobs().stream().anyMatch(j -> j.id().equals(e.jobId())
                                && j.title().equals(e.jobTitle()))));
        assertTrue(Files.exists(dir.resolve("data").resolve("intake.db")), "the data folder given is used");
        assertTrue(running.dialogs.cannotStart.isEmpty());
    }

    @Test
    void aFailingSandboxShowsOneWaitingInTheStatusBarUntilItIsSent(FxRobot robot) throws Exception {
        running = RunningApp.start(dir);
        await(() -> statusText(robot, "#pendingCount").equals("0 waiting to be sent"));
        running.readyWizard();
        running.sandbox().knobs().failNext(1, 503, FaultKnobs.Scope.CREATE_APPLICATION);

        WizardViewModel wizard = submitNewCandidate(robot, "Rosalind", "Franklin", "rosalind@example.org");

        await(() -> wizard.submission().phase() == Phase.RETRY_SCHEDULED);
        assertEquals("1 waiting to be sent", statusText(robot, "#pendingCount"));
        assertEquals("0 need attention", statusText(robot, "#failedCount"));
        await(() -> notificationShown(robot, "Saved to the outbox"));
        await(() -> wizard.submission().phase() == Phase.CREATED);
        await(() -> notificationShown(robot, "Application created"));
        await(() -> statusText(robot, "#pendingCount").equals("0 waiting to be sent"));
        assertEquals(1, running.sandbox().data().candidatesByEmail("rosalind@example.org").size());
        assertTrue(statusText(robot, "#connectionState").endsWith("connected"),
                statusText(robot, "#connectionState"));
    }

    @Test
    void anApplicationEnteredWhileTheAtsIsDownWaitsAndIsCreatedExactlyOnceWhenItIsBack(FxRobot robot)
            throws Exception {
        running = RunningApp.start(dir);
        running.readyWizard();
        // The ATS is down for every create: it answers 503 and creates nothing.
        running.sandbox().knobs().failNext(FaultKnobs.EVERY, 503, FaultKnobs.Scope.CREATE_APPLICATION);

        WizardViewModel wizard = submitNewCandidate(robot, "Lise", "Meitner", "lise@example.org");
        await(() -> wizard.currentStep() == WizardStep.RESULT
                && wizard.submission().phase() == Phase.RETRY_SCHEDULED);
        assertEquals("1 waiting to be sent", statusText(robot, "#pendingCount"));
        assertTrue(running.sandbox().data().candidatesByEmail("lise@example.org").isEmpty());

        running.sandbox().knobs().reset();
        showHistory(robot);
        TableView<HistoryEntry> table = running.node(robot, "#table");
        await(() -> table.getItems().stream().anyMatch(e -> "lise@example.org".equals(e.candidateEmail())
                && e.state() == SubmissionState.WAITING_TO_RETRY));
        fxRun(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(e -> "lise@example.org".equals(e.candidateEmail())).findFirst().orElseThrow()));
        robot.clickOn("#retryButton");

        await(() -> table.getItems().stream().anyMatch(e -> "lise@example.org".equals(e.candidateEmail())
                && e.state() == SubmissionState.CREATED));
        await(() -> statusText(robot, "#pendingCount").equals("0 waiting to be sent"));
        List<Candidate> people = running.sandbox().data().candidatesByEmail("lise@example.org");
        assertEquals(1, people.size(), "one candidate");
        assertEquals(1, running.sandbox().data().createdApplications().stream()
                .filter(a -> a.candidateId().equals(people.getFirst().id())).count(), "created exactly once");
    }

    @Test
    void switchingProfileRebuildsTheWizardOnThatAccountAndKeepsWhatWasTypedAsADraft(FxRobot robot)
            throws Exception {
        try (SandboxServer acme = SandboxServer.start(SandboxOptions.defaults())) {
            Path key = Files.writeString(dir.resolve("acme.key"), acme.apiKey());
            running = RunningApp.start(dir, "--profile", "Acme", "--base-url", acme.baseUrl().toString(),
                    "--account-id", acme.accountId(), "--api-key-file", key.toString());
            WizardViewModel onAcme = running.readyWizard();
            assertEquals("Acme", onAcme.profile().name());
            assertFalse(fx(() -> running.node(robot, "#sandboxBadge").isVisible()));
            typeInto(robot, "#firstName", "Marie");

            ComboBox<Profile> choice = running.node(robot, "#profileChoice");
            // Its list joins the window only as it first drops down, and then offers every profile.
            ListView<?> offered = fx(() ->
                    (ListView<?>) ((ComboBoxListViewSkin<?>) choice.getSkin()).getPopupContent());
            assertTrue(fx(() -> offered.getSkin() == null), "the closed list is not built");
            robot.clickOn(choice);
            await(choice::isShowing);
            assertEquals(fx(() -> choice.getItems().size()), fx(() -> offered.getItems().size()));
            assertTrue(fx(() -> offered.getScene() != null && offered.getHeight() > 0), "the list is shown");
            robot.type(KeyCode.ESCAPE);
            await(() -> !choice.isShowing());
            fxRun(() -> choice.setValue(choice.getItems().stream().filter(Profile::sandbox).findFirst()
                    .orElseThrow()));
            await(() -> running.app.wizard().map(w -> w.profile().sandbox()).orElse(false));
            WizardViewModel onSandbox = running.readyWizard();
            assertTrue(fx(() -> running.node(robot, "#sandboxBadge").isVisible()), "Sandbox data is labelled");
            assertEquals("", fx(() -> onSandbox.candidate().firstName().get()), "a fresh wizard for the sandbox");
            assertTrue(running.workspace().connections().runningSandbox().isPresent(), "started on first use");

            fxRun(() -> choice.setValue(choice.getItems().stream().filter(p -> p.name().equals("Acme"))
                    .findFirst().orElseThrow()));
            await(() -> running.app.wizard().map(w -> w.profile().name().equals("Acme")
                    && w.pendingDraftProperty().get() != null).orElse(false));
            WizardViewModel back = running.readyWizard();
            robot.clickOn("#resumeDraft");
            await(() -> back.candidate().firstName().get().equals("Marie"));
        }
    }

    private Path placementFile() {
        return dir.resolve("config").resolve(WindowPlacementFile.FILE_NAME);
    }

    private WindowPlacement windowBounds() throws Exception {
        return fx(() -> new WindowPlacement(running.stage.getX(), running.stage.getY(), running.stage.getWidth(),
                running.stage.getHeight(), running.stage.isMaximized()));
    }

    @Test
    void theWindowOpensWhereAndAsLargeAsItWasWhenIntakeClosed() throws Exception {
        running = RunningApp.start(dir);
        fx(() -> {
            running.stage.setX(40);
            running.stage.setY(30);
            running.stage.setWidth(950);
            running.stage.setHeight(700);
            return null;
        });
        // The window's own record of its bounds follows a turn after they change.
        fx(() -> null);
        running.close();
        running = null;
        await(() -> Files.exists(placementFile()));

        running = RunningApp.start(dir);

        assertEquals(new WindowPlacement(40, 30, 950, 700, false), windowBounds());
    }

    @Test
    void aWindowSavedLargerThanTheScreenOpensFittedToIt() throws Exception {
        new WindowPlacementFile(dir.resolve("config")).save(new WindowPlacement(-300, 20, 4000, 3000, false));

        running = RunningApp.start(dir);

        Rectangle2D screen = fx(() -> Screen.getPrimary().getVisualBounds());
        assertEquals(new WindowPlacement(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight(),
                false), windowBounds());
    }

    @Test
    void theFirstTimeTheWindowFitsTheScreen() throws Exception {
        running = RunningApp.start(dir);

        Rectangle2D screen = fx(() -> Screen.getPrimary().getVisualBounds());
        WindowPlacement opened = windowBounds();
        assertEquals(Math.min(WindowPlacement.DEFAULT_WIDTH, screen.getWidth()), opened.width());
        assertEquals(Math.min(WindowPlacement.DEFAULT_HEIGHT, screen.getHeight()), opened.height());
        assertEquals(Optional.empty(), new WindowPlacementFile(dir.resolve("config")).load(),
                "nothing is saved before the window closes");
    }

    @Test
    void startingIntakeAgainOnTheSameDataBringsItsWindowForwardInsteadOfOpeningASecond() throws Exception {
        running = RunningApp.start(dir);
        await(() -> Files.exists(dir.resolve("data").resolve(InstanceBeacon.FILE_NAME)));
        fx(() -> {
            running.stage.setIconified(true);
            return null;
        });

        // The second start as from the menu, in a process of its own.
        Path output = dir.resolve("second-start.txt");
        Process second = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED", "-Dglass.platform=Headless", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(),
                "--config-dir", dir.resolve("config").toString(), "--data-dir", dir.resolve("data").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = second.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            second.destroyForcibly();
        }

        String said = Files.readString(output);
        assertTrue(ended, () -> "the second start ended by itself, without a window of its own: " + said);
        assertEquals(0, second.exitValue(), said);
        assertTrue(said.contains("already open"), said);
        await(() -> fx(() -> !running.stage.isIconified()));
        assertTrue(fx(() -> running.stage.isShowing()));
    }

    @Test
    void closingWhileAnApplicationWaitsToBeSentAsksFirstAndKeepsTheWindowOnEnter(FxRobot robot) throws Exception {
        running = RunningApp.start(dir);
        running.readyWizard();
        running.sandbox().knobs().failNext(1000, 503, FaultKnobs.Scope.CREATE_APPLICATION);
        WizardViewModel wizard = submitNewCandidate(robot, "Lise", "Meitner", "lise@example.org");
        await(() -> wizard.submission().phase() == Phase.RETRY_SCHEDULED);
        await(() -> statusText(robot, "#pendingCount").equals("1 waiting to be sent"));

        Platform.runLater(() -> running.stage.fireEvent(
                new WindowEvent(running.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        await(() -> robot.lookup("One application has not reached the ATS yet").tryQuery().isPresent());
        fx(() -> Screenshots.save(robot.lookup("One application has not reached the ATS yet").query().getScene(),
                "10-quit-with-applications-waiting"));
        robot.type(KeyCode.ENTER);

        await(() -> robot.lookup("One application has not reached the ATS yet").tryQuery().isEmpty());
        assertTrue(fx(() -> running.stage.isShowing()), "Enter keeps Intake open");

        Platform.runLater(() -> running.stage.fireEvent(
                new WindowEvent(running.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        await(() -> robot.lookup("Quit anyway").tryQuery().isPresent());
        robot.clickOn("Quit anyway");

        await(() -> fx(() -> !running.stage.isShowing()));
    }

    @Test
    void withNothingWaitingTheWindowClosesWithoutAQuestion(FxRobot robot) throws Exception {
        running = RunningApp.start(dir);
        await(() -> statusText(robot, "#pendingCount").equals("0 waiting to be sent"));

        Platform.runLater(() -> running.stage.fireEvent(
                new WindowEvent(running.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        await(() -> fx(() -> !running.stage.isShowing()));
    }

    /**
     * The screens besides the wizard, opened as a user opens them, are written to docs/screenshots for review: the
     * history with a sent and a waiting application (light and dark), settings, profiles with a new profile being
     * filled in, and About.
     */
    @Test
    void theOtherScreensOpenFromTheKeyboardAndMenusAndRenderForReview(FxRobot robot) throws Exception {
        running = RunningApp.start(dir);
        WizardViewModel wizard = submitNewCandidate(robot, "Chien-Shiung", "Wu", "chien-shiung.wu@example.org");
        await(() -> wizard.currentStep() == WizardStep.RESULT && wizard.submission().phase() == Phase.CREATED);
        running.sandbox().knobs().failNext(FaultKnobs.EVERY, 503, FaultKnobs.Scope.CREATE_APPLICATION);
        fxRun(wizard::newApplicant);
        submitNewCandidate(robot, "Lise", "Meitner", "lise@example.org");
        await(() -> wizard.submission().phase() == Phase.RETRY_SCHEDULED);
        List<Path> written = new ArrayList<>();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        TableView<HistoryEntry> table = running.node(robot, "#table");
        await(() -> table.getItems().stream().map(HistoryEntry::state).toList()
                .containsAll(List.of(SubmissionState.CREATED, SubmissionState.WAITING_TO_RETRY)));
        fxRun(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(e -> e.state() == SubmissionState.WAITING_TO_RETRY).findFirst().orElseThrow()));
        written.add(fx(() -> Screenshots.save(running.stage.getScene(), "11-history")));
        fxRun(() -> Stylesheet.apply(running.stage.getScene(), Theme.DARK));
        written.add(fx(() -> Screenshots.save(running.stage.getScene(), "11-history-dark")));
        fxRun(() -> Stylesheet.apply(running.stage.getScene(), Theme.LIGHT));

        Scene settings = openWithShortcut(robot, "#settingsDialog", KeyCode.CONTROL, KeyCode.COMMA);
        written.add(fx(() -> Screenshots.save(settings, "12-settings")));
        written.add(darkScreenshot(settings, "12-settings-dark"));
        robot.type(KeyCode.ESCAPE);
        await(() -> robot.lookup("#settingsDialog").tryQuery().isEmpty());

        Scene profiles = openWithShortcut(robot, "#profilesDialog", KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        robot.clickOn(inDialog(robot, profiles, "#newButton"));
        robot.clickOn(inDialog(robot, profiles, "#nameField")).write("Acme Greenhouse");
        robot.clickOn(inDialog(robot, profiles, "#accountIdField")).write("acc 4711");
        robot.clickOn(inDialog(robot, profiles, "#apiKeyField")).write("not-a-real-key");
        assertEquals("The account ID has no spaces. Copy it again from StackOne.",
                fx(() -> ((Label) inDialog(robot, profiles, "#accountIdError")).getText()),
                "a problem shows under its field, as in the wizard, once the field is left");
        written.add(fx(() -> Screenshots.save(profiles, "13-profiles")));
        written.add(darkScreenshot(profiles, "13-profiles-dark"));
        robot.type(KeyCode.ESCAPE);
        await(() -> robot.lookup("#profilesDialog").tryQuery().isEmpty());

        robot.clickOn("Help").clickOn("About Intake");
        await(() -> robot.lookup("#aboutDialog").tryQuery().isPresent());
        written.add(fx(() -> Screenshots.save(robot.lookup("#aboutDialog").query().getScene(), "14-about")));
        robot.type(KeyCode.ESCAPE);

        for (Path file : written) {
            assertTrue(Files.size(file) > 10_000, file + " has content");
        }
    }

    /** Renders {@code scene} in the dark variant, then puts the light one back. */
    private static Path darkScreenshot(Scene scene, String name) throws Exception {
        fxRun(() -> Stylesheet.apply(scene, Theme.DARK));
        Path file = fx(() -> Screenshots.save(scene, name));
        fxRun(() -> Stylesheet.apply(scene, Theme.LIGHT));
        return file;
    }

    /** A node of that dialog, not of the main window, which has ids of the same names. */
    private static Node inDialog(FxRobot robot, Scene dialog, String id) {
        return robot.from(dialog.getRoot()).lookup(id).query();
    }

    /** Presses {@code keys} together, as a shortcut, and returns the scene of the window whose root is {@code id}. */
    private static Scene openWithShortcut(FxRobot robot, String id, KeyCode... keys) throws Exception {
        robot.push(keys);
        await(() -> robot.lookup(id).tryQuery().isPresent());
        return fx(() -> robot.lookup(id).query().getScene());
    }
}
