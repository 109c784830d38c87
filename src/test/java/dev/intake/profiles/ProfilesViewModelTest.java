package dev.intake.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.accounts.ConnectionOutcome;
import dev.intake.accounts.ConnectionTester;
import dev.intake.accounts.CredentialStore;
import dev.intake.accounts.FileCredentialStore;
import dev.intake.accounts.Profile;
import dev.intake.accounts.ProfileStore;
import dev.intake.ats.AtsConnection;
import dev.intake.ats.AtsHttpException;
import dev.intake.common.ImmediateTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesViewModelTest {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.intake.messages", Locale.ROOT);
    private static final String KEY = "v1.eu1.vm-K3y-123";
    private static final AtsConnection SANDBOX = new AtsConnection("http://127.0.0.1:4567", "sandbox-key",
            "sandbox-account");

    @TempDir
    Path dir;
    private FileCredentialStore credentials;
    private ProfileStore store;
    private ProfilesModel model;
    private ProfilesViewModel vm;
    private final List<AtsConnection> probed = new ArrayList<>();
    private RuntimeException probeFailure;

    @BeforeEach
    void setUp() {
        credentials = new FileCredentialStore(dir.resolve("credentials.json"));
        store = new ProfileStore(dir, credentials);
        model = new ProfilesModel(store, new ImmediateTaskExecutor());
        ConnectionTester tester = new ConnectionTester(connection -> {
            probed.add(connection);
            if (probeFailure != null) {
                throw probeFailure;
            }
        });
        vm = new ProfilesViewModel(model, tester, () -> SANDBOX, MESSAGES);
    }

    private void fillNew(String name, String key) {
        vm.newProfile();
        vm.name().set(name);
        vm.accountId().set("acct-" + name);
        vm.apiKey().set(key);
    }

    @Test
    void opensOnTheSandboxWhichIsReadOnly() {
        assertEquals(ProfileStore.SANDBOX, vm.selectedProperty().get());
        assertTrue(vm.readOnlyProperty().get());
        assertFalse(vm.canDeleteBinding().get());
        assertFalse(vm.canSaveBinding().get());
        assertTrue(vm.readOnlyNoteProperty().get().startsWith("The built-in sandbox"));
        assertEquals("Sandbox (sample data)", vm.label(ProfileStore.SANDBOX));
    }

    @Test
    void newProfileStartsWithStackOnesAddress() {
        vm.newProfile();
        assertEquals("https://api.stackone.com", vm.baseUrl().get());
        assertFalse(vm.readOnlyProperty().get());
        assertEquals("Required. Paste the key from the StackOne dashboard.", vm.apiKeyHintProperty().get());
    }

    @Test
    void emptyFieldsShowMessagesUnderEachFieldAndSaveNothing() {
        vm.newProfile();
        vm.baseUrl().set("http://ats.example.com");
        vm.apiKey().set("  \n");
        vm.save();

        assertEquals("Enter a name for this profile, for example the client or company.", vm.name().message());
        assertTrue(vm.baseUrl().message().startsWith("Use https:// for ats.example.com."));
        assertEquals("Enter the account ID (x-account-id) from StackOne.", vm.accountId().message());
        assertEquals("Enter the API key: the field is empty.", vm.apiKey().message());
        assertEquals("Please fix the fields marked below.", vm.statusProperty().get());
        assertEquals(1, store.profiles().size());

        vm.name().set("Acme");
        assertNull(vm.name().message(), "typing clears the field's message");
        assertNotNull(vm.apiKey().message(), "other messages stay");
    }

    @Test
    void aNameAnotherProfileHasIsReportedUnderTheFieldAsItIsTypedButItsOwnNameIsFine() {
        fillNew("Acme", KEY);
        vm.save();

        vm.name().set("Acme Europe");
        vm.name().set("Acme");
        assertNull(vm.name().message(), "the profile keeps its own name");

        vm.newProfile();
        assertNull(vm.name().message(), "a new form starts without messages");
        vm.name().set("acme ");
        assertEquals("A profile named \u201cacme\u201d already exists. Choose another name.", vm.name().message());
        assertEquals("", vm.statusProperty().get(), "nothing was saved or refused yet");
    }

    @Test
    void firstProfileCreatedOnTheSandboxBecomesCurrentAndTheKeyFieldEmpties() {
        fillNew("Acme", " " + KEY + "\n");
        vm.save();

        Profile acme = store.findByName("Acme").orElseThrow();
        assertEquals(acme, model.current());
        assertEquals(acme, vm.selectedProperty().get());
        assertEquals("", vm.apiKey().get());
        assertTrue(vm.keyStoredProperty().get());
        assertEquals(Optional.of(KEY), credentials.get(CredentialStore.apiKeyName(acme.id())));
        assertEquals("Saved \u201cAcme\u201d. Intake now works with this profile.", vm.statusProperty().get());
        assertEquals(List.of("Sandbox", "Acme"), vm.profiles().stream().map(Profile::name).toList());
    }

    @Test
    void editingKeepsTheStoredKeyWhenTheFieldStaysEmpty() {
        fillNew("Acme", KEY);
        vm.save();
        vm.name().set("Acme Europe");
        vm.save();

        assertEquals("Acme Europe", model.current().name());
        assertEquals(Optional.of(KEY), store.apiKey(model.current().id()));
        assertEquals("A key is stored. Leave the field empty to keep it, or paste a new one.",
                vm.apiKeyHintProperty().get());
    }

    @Test
    void switchingAndDeletingWithConfirmation() {
        fillNew("Acme", KEY);
        vm.save();
        fillNew("Bolt", "v1.bolt-key-999");
        vm.save();
        Profile bolt = store.findByName("Bolt").orElseThrow();
        assertEquals("Acme", model.current().name(), "later profiles do not take over");

        vm.selectedProperty().set(bolt);
        assertTrue(vm.canSwitchBinding().get());
        vm.switchToSelected();
        assertEquals(bolt, model.current());
        assertFalse(vm.canSwitchBinding().get());

        vm.requestDelete();
        assertTrue(vm.confirmingDeleteProperty().get());
        assertEquals("Delete the profile \u201cBolt\u201d and its stored API key? This cannot be undone.",
                vm.deleteQuestionProperty().get());
        vm.cancelDelete();
        assertEquals(3, vm.profiles().size());

        vm.requestDelete();
        vm.confirmDelete();
        assertEquals(List.of("Sandbox", "Acme"), vm.profiles().stream().map(Profile::name).toList());
        assertEquals(ProfileStore.SANDBOX, model.current());
        assertEquals(Optional.empty(), credentials.get(CredentialStore.apiKeyName(bolt.id())));
    }

    @Test
    void connectionTestUsesTheFormAndTheStoredKeyAndSpeaksPlainly() {
        fillNew("Acme", KEY);
        probeFailure = new AtsHttpException(401, "Unauthorized", null, null, null, null);
        vm.testConnection();
        assertEquals(ConnectionOutcome.WRONG_KEY, vm.testOutcomeProperty().get());
        assertTrue(vm.testResultProperty().get().startsWith("Wrong API key"));
        assertFalse(vm.testingProperty().get());

        probeFailure = null;
        vm.save();
        vm.testConnection();
        assertEquals(ConnectionOutcome.CONNECTED, vm.testOutcomeProperty().get());
        assertEquals(new AtsConnection("https://api.stackone.com", KEY, "acct-Acme"), probed.getLast(),
                "an empty key field tests with the stored key");

        vm.selectedProperty().set(ProfileStore.SANDBOX);
        vm.testConnection();
        assertEquals(SANDBOX, probed.getLast());
    }
}
