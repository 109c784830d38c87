package dev.intake.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.intake.ats.ProxyConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagedConfigTest {
    private static final String KEY = "v1.eu1.managed-K3y";

    @TempDir
    Path dir;

    private Path keyFile() throws Exception {
        Path file = dir.resolve("api-key.txt");
        Files.writeString(file, "  " + KEY + "\n");
        return file;
    }

    private Path noSystemFile() {
        return dir.resolve("no-such-system-file.properties");
    }

    private ManagedConfigException error(List<String> args) {
        return assertThrows(ManagedConfigException.class, () -> ManagedConfig.load(args, noSystemFile()));
    }

    @Test
    void commandLineOptionsMakeAManagedProfileWithTheKeyFromItsFile() throws Exception {
        ManagedConfig config = ManagedConfig.load(List.of("--data-dir", "/tmp/x", "--base-url",
                "https://eu.stackone.example/", "--account-id", "acct-9", "--api-key-file", keyFile().toString(),
                "--profile", "Acme Corp"), noSystemFile());

        Profile profile = config.profile().orElseThrow();
        assertEquals(ManagedConfig.PROFILE_ID, profile.id());
        assertEquals("Acme Corp", profile.name());
        assertEquals("https://eu.stackone.example", profile.baseUrl());
        assertEquals("acct-9", profile.accountId());
        assertEquals(Optional.of(KEY), config.apiKey());
        assertFalse(config.toString().contains(KEY));
    }

    @Test
    void equalsFormAndStackOneAsDefaultBaseUrl() throws Exception {
        ManagedConfig config = ManagedConfig.load(List.of("--account-id=acct-1", "--api-key-file=" + keyFile()),
                noSystemFile());
        assertEquals("https://api.stackone.com", config.profile().orElseThrow().baseUrl());
        assertEquals("Managed", config.profile().orElseThrow().name());
    }

    @Test
    void configFileWithRelativeKeyPathAndProxy() throws Exception {
        keyFile();
        Files.writeString(dir.resolve("proxy-password.txt"), "s3cret-proxy\n");
        Path config = dir.resolve("intake.properties");
        Files.writeString(config, """
                # rolled out by IT
                base-url = https://api.stackone.com
                account-id = acct-file
                api-key-file = api-key.txt
                profile = Northwind
                proxy = proxy.corp.example:3128
                proxy-user = svc-intake
                proxy-password-file = proxy-password.txt
                """);

        ManagedConfig managed = ManagedConfig.load(List.of("--config", config.toString()), noSystemFile());

        assertEquals("acct-file", managed.profile().orElseThrow().accountId());
        assertEquals("Northwind", managed.profile().orElseThrow().name());
        assertEquals(Optional.of(KEY), managed.apiKey());
        assertEquals(ProxyConfig.explicit("proxy.corp.example", 3128, "svc-intake"), managed.proxy().orElseThrow());
        assertEquals(Optional.of("s3cret-proxy"), managed.proxyPassword());
        assertEquals(List.of(config), managed.filesRead());
        assertFalse(managed.toString().contains("s3cret-proxy"));
    }

    @Test
    void commandLineBeatsConfigFileWhichBeatsSystemFile() throws Exception {
        Path key = keyFile();
        Path system = dir.resolve("system.properties");
        Files.writeString(system, "account-id=from-system\napi-key-file=" + key + "\nprofile=System Name\n");
        Path config = dir.resolve("user.properties");
        Files.writeString(config, "account-id=from-config\n");

        ManagedConfig both = ManagedConfig.load(List.of("--config", config.toString()), system);
        assertEquals("from-config", both.profile().orElseThrow().accountId());
        assertEquals("System Name", both.profile().orElseThrow().name());
        assertEquals(List.of(system, config), both.filesRead());

        ManagedConfig overridden = ManagedConfig.load(List.of("--config", config.toString(), "--account-id",
                "from-option"), system);
        assertEquals("from-option", overridden.profile().orElseThrow().accountId());

        assertTrue(ManagedConfig.load(List.of(), noSystemFile()).profile().isEmpty());
    }

    @Test
    void profileAloneOnlyNamesTheProfileToStartWith() {
        ManagedConfig config = ManagedConfig.load(List.of("--profile", "Acme"), noSystemFile());
        assertEquals(Optional.of("Acme"), config.profileName());
        assertTrue(config.profile().isEmpty());
    }

    @Test
    void incompleteOrUnsafeOptionsAreRefusedNamingOptionAndFix() throws Exception {
        assertEquals("--api-key-file is missing: a managed profile needs --account-id and --api-key-file (given: "
                + "--account-id). Add --api-key-file, or remove the other options.",
                error(List.of("--account-id", "acct")).getMessage());
        assertEquals("--account-id is missing: a managed profile needs --account-id and --api-key-file (given: "
                + "--base-url). Add --account-id, or remove the other options.",
                error(List.of("--base-url", "https://api.stackone.com")).getMessage());
        assertTrue(error(List.of("--base-url", "http://api.stackone.com", "--account-id", "a", "--api-key-file",
                keyFile().toString())).getMessage().startsWith("--base-url: Use https:// for api.stackone.com."));
        assertEquals("--account-id needs a value, for example: --account-id ACCOUNT_ID",
                error(List.of("--account-id")).getMessage());
        assertEquals("--account-id needs a value, for example: --account-id ACCOUNT_ID",
                error(List.of("--account-id", "--profile", "x")).getMessage());
        assertEquals("--profile is given twice. Give it once.",
                error(List.of("--profile", "a", "--profile=b")).getMessage());
        assertEquals("--proxy: \u201cproxy.corp\u201d is not HOST:PORT. Write it like proxy.example.com:3128.",
                error(List.of("--proxy", "proxy.corp")).getMessage());
        assertEquals("--proxy-user needs a proxy: add --proxy HOST:PORT.",
                error(List.of("--proxy-user", "bob")).getMessage());
    }

    @Test
    void keyFileProblemsSayWhichFileAndWhatToDo() throws Exception {
        Path missing = dir.resolve("missing.txt");
        assertEquals("--api-key-file: the file " + missing + " does not exist. Create it with the secret on one "
                + "line, or fix the path.", error(List.of("--account-id", "a", "--api-key-file", missing.toString()))
                        .getMessage());
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, " \n");
        assertEquals("--api-key-file: the file " + empty + ": Enter the API key: the field is empty.",
                error(List.of("--account-id", "a", "--api-key-file", empty.toString())).getMessage());
    }

    @Test
    void configFileMistakesAreNamed() throws Exception {
        Path missing = dir.resolve("nope.properties");
        assertEquals("--config " + missing + ": the file does not exist. Check the path, or leave out --config.",
                error(List.of("--config", missing.toString())).getMessage());
        Path typo = dir.resolve("typo.properties");
        Files.writeString(typo, "acount-id=acct\n");
        assertEquals("Unknown setting \u201cacount-id\u201d in " + typo + ". Known settings: base-url, account-id, "
                + "api-key-file, profile, proxy, proxy-user, proxy-password-file.",
                error(List.of("--config", typo.toString())).getMessage());
    }

    @Test
    void systemWideFileLivesWhereEachPlatformExpectsIt() {
        assertEquals(Path.of("/etc/intake/intake.properties"), ManagedConfig.systemFile("Linux", Map.of()));
        assertEquals(Path.of("/Library/Application Support/Intake/intake.properties"),
                ManagedConfig.systemFile("Mac OS X", Map.of()));
        assertEquals(Path.of("D:\\Shared", "Intake", "intake.properties"),
                ManagedConfig.systemFile("Windows 11", Map.of("ProgramData", "D:\\Shared")));
    }
}
