package dev.intake.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.accounts.FileCredentialStore;
import dev.intake.accounts.Profile;
import dev.intake.accounts.ProfileStore;
import dev.intake.common.ImmediateTaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileSwitcherViewModelTest {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.intake.messages", Locale.ROOT);

    @TempDir
    Path dir;

    @Test
    void sandboxIsMarkedAndOffersToConnectUntilAnotherProfileIsCurrent() {
        ProfileStore store = new ProfileStore(dir, new FileCredentialStore(dir.resolve("credentials.json")));
        Profile acme = store.create(new ProfileStore.Draft("Acme", "https://api.stackone.com", "acct", null),
                "v1.switch-key-1");
        ProfilesModel model = new ProfilesModel(store, new ImmediateTaskExecutor());
        ProfileSwitcherViewModel vm = new ProfileSwitcherViewModel(model, MESSAGES);

        assertTrue(vm.sandboxActiveBinding().get());
        assertEquals("Connect your ATS", vm.actionTextBinding().get());

        vm.switchTo(acme);
        assertEquals(acme, vm.currentProperty().get());
        assertFalse(vm.sandboxActiveBinding().get());
        assertEquals("Profiles\u2026", vm.actionTextBinding().get());
        assertEquals(acme, new ProfileStore(dir, new FileCredentialStore(dir.resolve("credentials.json")))
                .current(), "the choice is remembered");
    }
}
