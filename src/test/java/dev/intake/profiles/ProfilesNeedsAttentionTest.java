package dev.intake.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.accounts.ConnectionTester;
import dev.intake.accounts.CredentialStore;
import dev.intake.accounts.FileCredentialStore;
import dev.intake.accounts.Profile;
import dev.intake.accounts.ProfileStore;
import dev.intake.ats.AtsConnection;
import dev.intake.common.ImmediateTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile whose saved base URL breaks the https rule is shown as needing attention until it is corrected. */
class ProfilesNeedsAttentionTest {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.intake.messages", Locale.ROOT);

    @TempDir
    Path dir;
    private ProfilesViewModel vm;
    private Profile remote;

    @BeforeEach
    void setUp() throws Exception {
        Files.writeString(dir.resolve(ProfileStore.FILE_NAME), """
                {"version": 1, "profiles": [
                  {"id": "p-remote", "name": "Remote", "base_url": "http://ats.acme.example", "account_id": "a2"}
                ]}""");
        FileCredentialStore credentials = new FileCredentialStore(dir.resolve("credentials.json"));
        credentials.put(CredentialStore.apiKeyName("p-remote"), "v1.eu1.vm-K3y-123");
        ProfileStore store = new ProfileStore(dir, credentials);
        remote = store.find("p-remote").orElseThrow();
        vm = new ProfilesViewModel(new ProfilesModel(store, new ImmediateTaskExecutor()),
                new ConnectionTester(connection -> { }), () -> new AtsConnection("http://127.0.0.1:4567", "k", "a"),
                MESSAGES);
    }

    @Test
    void theListAndTheFormSayWhatIsWrongAndHowToFixIt() {
        assertEquals("Remote \u2014 needs attention", vm.label(remote));

        vm.selectedProperty().set(remote);

        String error = vm.baseUrl().message();
        assertTrue(error.contains("\u201cRemote\u201d") && error.contains("http://ats.acme.example")
                && error.contains("correct its base URL"), error);
        assertTrue(vm.statusIsErrorProperty().get());
        assertEquals(error, vm.statusProperty().get());
    }

    @Test
    void savingAnHttpsUrlClearsTheMark() {
        vm.selectedProperty().set(remote);
        vm.baseUrl().set("https://ats.acme.example");
        vm.save();

        Profile saved = vm.selectedProperty().get();
        assertEquals("https://ats.acme.example", saved.baseUrl());
        assertEquals("Remote", vm.label(saved));
        assertNull(vm.baseUrl().message());
        assertFalse(vm.statusIsErrorProperty().get());
    }
}
