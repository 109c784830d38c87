package dev.intake.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.accounts.ConnectionTester;
import dev.intake.accounts.FileCredentialStore;
import dev.intake.accounts.Profile;
import dev.intake.accounts.ProfileStore;
import dev.intake.ats.AtsConnection;
import dev.intake.ats.AtsHttpException;
import dev.intake.common.FxTaskExecutor;
import dev.intake.store.ProfileBacklog;
import dev.intake.testing.Layouts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The profiles dialog and the top-bar switcher together, with real background work and real files. */
@ExtendWith(ApplicationExtension.class)
class ProfilesDialogTest {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.intake.messages", Locale.ROOT);
    private static final String KEY = "v1.eu1.ui-K3y-2468";

    @TempDir
    Path dir;
    private FxTaskExecutor executor;
    private ProfileStore store;
    private final AtomicInteger connectClicks = new AtomicInteger();
    /** Applications waiting per profile id, as the database would count them; all may move. */
    private final Map<String, Integer> waiting = new ConcurrentHashMap<>();
    private final List<String> moves = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxTaskExecutor();
        store = new ProfileStore(dir, new FileCredentialStore(dir.resolve("secrets").resolve("credentials.json")));
        ProfilesModel model = new ProfilesModel(store, executor);
        ConnectionTester tester = new ConnectionTester(connection -> {
            if (!connection.apiKey().equals(KEY)) {
                throw new AtsHttpException(401, "Unauthorized", null, null, null, null);
            }
        });
        ProfilesViewModel profiles = new ProfilesViewModel(model, tester,
                () -> new AtsConnection("http://127.0.0.1:1", "sandbox", "sandbox"), MESSAGES,
                new ProfileSubmissions() {
                    @Override
                    public ProfileBacklog.Counts counts(String profileId) {
                        int count = waiting.getOrDefault(profileId, 0);
                        return new ProfileBacklog.Counts(count, count);
                    }

                    @Override
                    public int move(String fromProfileId, String toProfileId) {
                        int count = waiting.getOrDefault(fromProfileId, 0);
                        waiting.remove(fromProfileId);
                        waiting.merge(toProfileId, count, Integer::sum);
                        moves.add(store.find(fromProfileId).orElseThrow().name() + " -> "
                                + store.find(toProfileId).orElseThrow().name());
                        return count;
                    }
                });
        Parent switcher = ProfileSwitcherController.load(new ProfileSwitcherViewModel(model, MESSAGES),
                connectClicks::incrementAndGet, MESSAGES);
        Parent dialog = ProfilesController.load(profiles, MESSAGES);
        stage.setScene(new Scene(new VBox(switcher, dialog), 1000, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void firstStartShowsTheSandboxAndOffersToConnect(FxRobot robot) {
        assertEquals(ProfileStore.SANDBOX, switcher(robot).getValue());
        assertTrue(robot.lookup("#sandboxBadge").queryAs(Label.class).isVisible());
        Button connect = robot.lookup("#connectButton").queryButton();
        assertEquals("Connect your ATS", connect.getText());
        robot.clickOn(connect);
        assertEquals(1, connectClicks.get());
        assertTrue(robot.lookup("#nameField").query().isDisabled(), "the sandbox cannot be edited");
        assertTrue(robot.lookup("#deleteButton").queryButton().isDisabled());
    }

    @Test
    void creatingAProfileShowsFieldMessagesThenSavesWithoutShowingOrStoringTheKeyInTheFile(FxRobot robot)
            throws Exception {
        robot.clickOn("#newButton");
        Layouts.settle();
        robot.clickOn("#saveButton");
        assertTrue(shown(robot, "#nameError"));
        assertEquals("Enter a name for this profile, for example the client or company.", text(robot, "#nameError"));
        assertEquals("Enter the API key: the field is empty.", text(robot, "#apiKeyError"));
        assertTrue(robot.lookup("#nameField").query().isFocused(), "the first field to fix has the focus");

        createProfile(robot, "Acme", "acct-1", "  " + KEY + " ");

        waitUntil(() -> text(robot, "#status").startsWith("Saved \u201cAcme\u201d."));
        assertFalse(shown(robot, "#nameError"));
        assertEquals("Acme", switcher(robot).getValue().name());
        assertFalse(robot.lookup("#sandboxBadge").queryAs(Label.class).isVisible());
        assertEquals("Profiles\u2026", robot.lookup("#connectButton").queryButton().getText());
        assertEquals("", robot.lookup("#apiKeyField").queryAs(PasswordField.class).getText());
        waitUntil(() -> text(robot, "#apiKeyHint").startsWith("A key is stored."));
        String json = Files.readString(dir.resolve("profiles.json"));
        assertTrue(json.contains("\"name\" : \"Acme\""), json);
        assertFalse(json.contains(KEY));
    }

    @Test
    void aNewProfileIsTypedInReadingOrderFromTheKeyboard(FxRobot robot) throws Exception {
        robot.clickOn("#newButton");
        assertTrue(robot.lookup("#nameField").query().isFocused(), "a new profile starts at its name");
        List<String> order = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            robot.type(KeyCode.TAB);
            order.add(robot.listTargetWindows().getFirst().getScene().getFocusOwner().getId());
        }
        assertEquals(List.of("baseUrlField", "accountIdField", "apiKeyField", "defaultsPane", "saveButton",
                "testButton", "closeButton"), order, "Use and Delete wait for a saved profile");
    }

    @Test
    void connectionTestReportsInPlainWords(FxRobot robot) {
        robot.clickOn("#newButton");
        robot.clickOn("#nameField").write("Acme");
        robot.clickOn("#accountIdField").write("acct-1");
        robot.clickOn("#apiKeyField").write("v1.wrong-key-000");
        robot.clickOn("#testButton");
        waitUntil(() -> text(robot, "#testResult").startsWith("Wrong API key"));
        assertTrue(robot.lookup("#testResult").query().getStyleClass().contains("test-failed"));
    }

    @Test
    void switchingAndDeletingProfiles(FxRobot robot) {
        createProfile(robot, "Acme", "acct-1", KEY);
        waitUntil(() -> text(robot, "#status").startsWith("Saved \u201cAcme\u201d."));
        createProfile(robot, "Bolt", "acct-2", KEY);
        waitUntil(() -> text(robot, "#status").startsWith("Saved \u201cBolt\u201d."));
        assertEquals("Acme", switcher(robot).getValue().name(), "only the first profile takes over");

        robot.clickOn("#switchButton");
        waitUntil(() -> switcher(robot).getValue().name().equals("Bolt"));
        assertEquals("Bolt", store.current().name());

        robot.clickOn(cell(robot, "Acme"));
        robot.clickOn("#switchButton");
        waitUntil(() -> switcher(robot).getValue().name().equals("Acme"));

        robot.clickOn("#deleteButton");
        waitUntil(() -> shown(robot, "#deleteConfirmBar"));
        assertEquals("Delete the profile \u201cAcme\u201d and its stored API key? This cannot be undone.",
                text(robot, "#deleteQuestion"));
        robot.clickOn("#confirmDeleteButton");
        waitUntil(() -> switcher(robot).getValue().sandbox());
        assertTrue(robot.lookup("#sandboxBadge").queryAs(Label.class).isVisible());
        assertEquals(List.of("Sandbox", "Bolt"), profileNames(robot));
        assertEquals(List.of("Sandbox", "Bolt"), store.profiles().stream().map(Profile::name).toList());
    }

    @Test
    void deletingAProfileWithApplicationsWaitingAsksWhereToMoveThem(FxRobot robot) {
        createProfile(robot, "Acme", "acct-1", KEY);
        waitUntil(() -> text(robot, "#status").startsWith("Saved “Acme”."));
        createProfile(robot, "Bolt", "acct-2", KEY);
        waitUntil(() -> text(robot, "#status").startsWith("Saved “Bolt”."));
        createProfile(robot, "Cyan", "acct-3", KEY);
        waitUntil(() -> text(robot, "#status").startsWith("Saved “Cyan”."));
        waiting.put(store.findByName("Acme").orElseThrow().id(), 3);

        Node acme = robot.from(robot.lookup("#profileList").queryAll()).lookup(".list-cell")
                .match((Node node) -> node instanceof javafx.scene.control.ListCell<?> c && c.getText() != null
                        && c.getText().startsWith("Acme")).query();
        robot.clickOn(acme);
        robot.clickOn("#deleteButton");
        waitUntil(() -> shown(robot, "#waitingBar"));
        assertFalse(shown(robot, "#deleteConfirmBar"));
        assertTrue(text(robot, "#waitingQuestion").startsWith("“Acme” still has 3 applications waiting"),
                text(robot, "#waitingQuestion"));
        assertTrue(robot.lookup("#keepProfileButton").query().isFocused(), "Enter keeps the profile");
        ComboBox<Profile> targets = moveTargets(robot);
        assertEquals(List.of("Bolt", "Cyan"), targets.getItems().stream().map(Profile::name).toList());

        robot.clickOn("#keepProfileButton");
        waitUntil(() -> !shown(robot, "#waitingBar"));
        assertTrue(store.findByName("Acme").isPresent());
        assertTrue(moves.isEmpty());

        robot.clickOn("#deleteButton");
        waitUntil(() -> shown(robot, "#waitingBar"));
        robot.clickOn("#moveTargetChoice");
        Node profileList = robot.lookup("#profileList").query();
        Node cyanChoice = robot.lookup(".list-cell").match((Node node) -> node instanceof javafx.scene.control.ListCell<?> c
                && "Cyan".equals(c.getText()) && c.getListView() != profileList).query();
        robot.clickOn(cyanChoice);
        waitUntil(() -> "Cyan".equals(moveTargets(robot).getValue().name()));
        robot.clickOn("#moveWaitingButton");
        waitUntil(() -> text(robot, "#status").startsWith("Moved 3 applications to “Cyan”"));
        assertEquals(List.of("Acme -> Cyan"), moves);
        assertTrue(store.findByName("Acme").isEmpty());
        assertEquals(List.of("Sandbox", "Bolt", "Cyan"), profileNames(robot));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Profile> moveTargets(FxRobot robot) {
        return robot.lookup("#moveTargetChoice").queryAs(ComboBox.class);
    }

    private void createProfile(FxRobot robot, String name, String account, String key) {
        robot.clickOn("#newButton");
        Layouts.settle();
        robot.clickOn("#nameField").write(name);
        robot.clickOn("#accountIdField").write(account);
        robot.clickOn("#apiKeyField").write(key);
        robot.clickOn("#saveButton");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Profile> switcher(FxRobot robot) {
        return robot.lookup("#profileChoice").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> profileNames(FxRobot robot) {
        ListView<Profile> list = robot.lookup("#profileList").queryAs(ListView.class);
        return list.getItems().stream().map(Profile::name).toList();
    }

    private static Node cell(FxRobot robot, String name) {
        return robot.lookup(".list-cell").match((Node node) -> node instanceof javafx.scene.control.ListCell<?> c
                && c.getText() != null && c.getText().startsWith(name)).query();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible() && node.isManaged();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    condition::getAsBoolean).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
        Layouts.settle();
    }
}
