package dev.intake.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.intake.common.UserMessage;

import dev.intake.ats.AtsConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {
    private static final String KEY = "v1.eu1.profile-K3y";
    private static final Profile.ProfileDefaults DEFAULTS = new Profile.ProfileDefaults("src-1", "Job fair", "loc-2",
            "screening", "open");

    @TempDir
    Path dir;

    private final FileCredentialStore[] credentials = new FileCredentialStore[1];

    private ProfileStore store() {
        return store(ManagedConfig.NONE);
    }

    private ProfileStore store(ManagedConfig managed) {
        credentials[0] = new FileCredentialStore(dir.resolve("secrets").resolve("credentials.json"));
        return new ProfileStore(dir.resolve("config"), credentials[0], managed);
    }

    private static ProfileStore.Draft draft(String name) {
        return new ProfileStore.Draft(name, "https://api.stackone.com/", " acct-" + name.length() + " ", DEFAULTS);
    }

    @Test
    void firstStartLandsOnTheSandboxWhichIsAlwaysThere() {
        ProfileStore store = store();
        assertEquals(ProfileStore.SANDBOX, store.current());
        assertEquals(List.of(ProfileStore.SANDBOX), store.profiles());
        assertFalse(Files.exists(dir.resolve("config/profiles.json")), "nothing written until something changes");
    }

    @Test
    void createdProfilesAndTheCurrentOneSurviveARestartWithoutTheKeyInTheFile() throws Exception {
        ProfileStore store = store();
        Profile acme = store.create(draft("Acme"), "  " + KEY + "\n");
        store.create(draft("Bolt"), "v1.other-key-999");
        store.switchTo(acme.id());

        assertEquals("acct-4", acme.accountId());
        assertEquals("https://api.stackone.com", acme.baseUrl());
        assertEquals(Optional.of(KEY), credentials[0].get(CredentialStore.apiKeyName(acme.id())), "trimmed");

        ProfileStore reopened = store();
        assertEquals(acme, reopened.current());
        assertEquals(List.of("Sandbox", "Acme", "Bolt"), reopened.profiles().stream().map(Profile::name).toList());
        assertEquals(DEFAULTS, reopened.current().defaults());
        String json = Files.readString(dir.resolve("config/profiles.json"));
        assertFalse(json.contains(KEY));
        assertFalse(json.contains("v1.other-key-999"));
        assertEquals(new AtsConnection("https://api.stackone.com", KEY, "acct-4"),
                reopened.connection(acme, null));
    }

    @Test
    void emptyKeyOrDuplicateNameIsRefusedFieldByField() {
        ProfileStore store = store();
        store.create(draft("Acme"), KEY);
        ProfileValidationException e = assertThrows(ProfileValidationException.class,
                () -> store.create(new ProfileStore.Draft("acme ", "http://ats.example.com", "", null), "  \n"));
        assertEquals(List.of(ProfileValidator.Field.NAME, ProfileValidator.Field.BASE_URL,
                ProfileValidator.Field.ACCOUNT_ID, ProfileValidator.Field.API_KEY),
                e.problems().keySet().stream().sorted().toList());
        assertEquals("credentials.key.empty", e.problems().get(ProfileValidator.Field.API_KEY).key());
        assertEquals(2, store.profiles().size());
    }

    @Test
    void editingWithABlankKeyKeepsTheStoredKey() {
        ProfileStore store = store();
        Profile acme = store.create(draft("Acme"), KEY);
        Profile renamed = store.update(acme.id(), draft("Acme EU"), "");
        assertEquals("Acme EU", renamed.name());
        assertEquals(Optional.of(KEY), store.apiKey(acme.id()));
        store.update(acme.id(), draft("Acme EU"), "v1.rotated-key-1");
        assertEquals(Optional.of("v1.rotated-key-1"), store.apiKey(acme.id()));
    }

    @Test
    void deletingRemovesProfileAndKeyAndFallsBackToTheSandbox() {
        ProfileStore store = store();
        Profile acme = store.create(draft("Acme"), KEY);
        store.switchTo(acme.id());
        store.delete(acme.id());

        assertEquals(ProfileStore.SANDBOX, store.current());
        assertEquals(Optional.empty(), credentials[0].get(CredentialStore.apiKeyName(acme.id())));
        assertEquals(ProfileStore.SANDBOX, store().current());
    }

    @Test
    void sandboxCannotBeDeletedOrEdited() {
        ProfileStore store = store();
        AccountsException e = assertThrows(AccountsException.class, () -> store.delete(Profile.SANDBOX_ID));
        assertEquals("The built-in sandbox cannot be changed or deleted.", e.getMessage());
        assertThrows(AccountsException.class, () -> store.update(Profile.SANDBOX_ID, draft("X"), KEY));
        assertEquals(List.of(ProfileStore.SANDBOX), store.profiles());
    }

    @Test
    void managedProfileIsCurrentFixedAndNeverWritten() throws Exception {
        Path keyFile = dir.resolve("key.txt");
        Files.writeString(keyFile, KEY);
        ManagedConfig managed = ManagedConfig.load(List.of("--account-id", "acct-it", "--api-key-file",
                keyFile.toString(), "--profile", "Corporate"), dir.resolve("none"));
        ProfileStore store = store(managed);
        Profile own = store.create(draft("Own"), "v1.own-key-12345");

        assertEquals("Corporate", store.current().name());
        assertEquals(Optional.of(KEY), store.apiKey(ManagedConfig.PROFILE_ID));
        assertThrows(AccountsException.class, () -> store.delete(ManagedConfig.PROFILE_ID));
        assertEquals("profiles.name.taken", assertThrows(ProfileValidationException.class,
                () -> store.create(draft("corporate"), KEY)).problems().get(ProfileValidator.Field.NAME).key());
        store.switchTo(own.id());

        String json = Files.readString(dir.resolve("config/profiles.json"));
        assertFalse(json.contains("acct-it"));
        assertFalse(json.contains(KEY));
        assertEquals(List.of("Sandbox", "Own"), store().profiles().stream().map(Profile::name).toList());
    }

    @Test
    void profileOptionPicksASavedProfileOrSaysWhichNamesExist() {
        Profile acme = store().create(draft("Acme"), KEY);
        assertEquals(acme, store(ManagedConfig.load(List.of("--profile", "ACME"), dir.resolve("none"))).current());
        ManagedConfigException e = assertThrows(ManagedConfigException.class,
                () -> store(ManagedConfig.load(List.of("--profile", "Acne"), dir.resolve("none"))));
        assertTrue(e.getMessage().startsWith("--profile \u201cAcne\u201d: no profile has this name. Known profiles: "
                + "Sandbox, Acme."), e.getMessage());
    }

    @Test
    void incompleteEntryIsNotDroppedSilently() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/profiles.json"), "{\"profiles\": [{\"id\": \"p1\", \"name\": \"Acme\"}]}");
        ProfileStore store = store();
        assertEquals("profiles.file.unreadable", store.loadProblem().orElseThrow().key());
        assertFalse(Files.exists(dir.resolve("config/profiles.json")), "moved aside, not rewritten without it");
    }

    @Test
    void unreadableFileIsKeptAsideAndReported() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/profiles.json"), "{\"profiles\": [ {\"id\": ");
        ProfileStore store = store();

        assertEquals(ProfileStore.SANDBOX, store.current());
        assertEquals("profiles.file.unreadable", store.loadProblem().orElseThrow().key());
        try (Stream<Path> files = Files.list(dir.resolve("config"))) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("profiles.json.unreadable-"))
                    .findFirst().orElseThrow();
            assertEquals("{\"profiles\": [ {\"id\": ", Files.readString(aside));
        }
    }

    /** profiles.json as someone edited it by hand: one good profile, one sending its key over plain HTTP. */
    private void handEditedFile() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/profiles.json"), """
                {"version": 1, "current_profile_id": "p-remote", "profiles": [
                  {"id": "p-good", "name": "Good", "base_url": "https://api.stackone.com", "account_id": "a1"},
                  {"id": "p-remote", "name": "Remote", "base_url": "http://ats.acme.example", "account_id": "a2"},
                  {"id": "p-local", "name": "Local", "base_url": "http://localhost:4010", "account_id": "a3"}
                ]}""");
        FileCredentialStore keys = new FileCredentialStore(dir.resolve("secrets").resolve("credentials.json"));
        for (String id : new String[] {"p-good", "p-remote", "p-local"}) {
            keys.put(CredentialStore.apiKeyName(id), KEY);
        }
    }

    @Test
    void aSavedHttpUrlForAnotherComputerMarksTheProfileAndNoConnectionIsMadeForIt() throws Exception {
        handEditedFile();
        ProfileStore store = store();

        Profile remote = store.find("p-remote").orElseThrow();
        assertEquals(List.of("Sandbox", "Good", "Local", "Remote"),
                store.profiles().stream().map(Profile::name).toList(), "kept and listed, not dropped");
        UserMessage attention = store.needsAttention("p-remote").orElseThrow();
        assertEquals("profiles.url.needsAttention", attention.key());
        String text = attention.english();
        assertTrue(text.contains("\u201cRemote\u201d") && text.contains("http://ats.acme.example")
                && text.contains("Use https:// for ats.acme.example") && text.contains("correct its base URL"), text);
        assertEquals(Optional.empty(), store.needsAttention("p-good"));
        assertEquals(Optional.empty(), store.needsAttention("p-local"), "plain http:// to this computer is fine");

        AccountsException refused = assertThrows(AccountsException.class, () -> store.connection(remote, null));
        assertEquals(attention, refused.userMessage());
        assertFalse(refused.getMessage().contains(KEY));
        assertEquals("http://localhost:4010", store.connection(store.find("p-local").orElseThrow(), null).baseUrl());
    }

    @Test
    void correctingTheUrlInProfilesClearsTheMarkAndTheProfileIsUsableAgain() throws Exception {
        handEditedFile();
        ProfileStore store = store();

        Profile fixed = store.update("p-remote", new ProfileStore.Draft("Remote", "https://ats.acme.example", "a2",
                null), "");

        assertEquals(Optional.empty(), store.needsAttention("p-remote"));
        assertEquals("https://ats.acme.example", store.connection(fixed, null).baseUrl());
        assertEquals(Optional.empty(), store().needsAttention("p-remote"), "saved fixed");
    }
}
