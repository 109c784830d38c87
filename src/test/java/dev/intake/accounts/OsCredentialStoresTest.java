package dev.intake.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The macOS and Windows adapters cannot run here; these tests pin what they send to their tools: no secret in any
 * argument, the secret on stdin, and the tools' "not found" answers read as "no secret".
 */
class OsCredentialStoresTest {
    private static final String SECRET = "v1.eu1.sEcReT-9f8e7d";

    @TempDir
    Path dir;

    @Test
    void macKeychainWritesThroughInteractiveStdinAndReadsWithFindGenericPassword() {
        Map<String, String> keychain = new HashMap<>();
        RecordingRunner runner = new RecordingRunner((command, stdin) -> {
            if (command.equals(List.of("/usr/bin/security", "-i"))) {
                String account = stdin.split(" -a ")[1].split(" ")[0];
                keychain.put(account, stdin.substring(stdin.indexOf("-w \"") + 4, stdin.lastIndexOf('"')));
                return new CommandRunner.Result(0, "", "");
            }
            String account = command.get(command.indexOf("-a") + 1);
            if (command.get(1).equals("find-generic-password")) {
                return keychain.containsKey(account) ? new CommandRunner.Result(0, keychain.get(account) + "\n", "")
                        : new CommandRunner.Result(44, "", "The specified item could not be found in the keychain.");
            }
            return keychain.remove(account) != null ? new CommandRunner.Result(0, "", "")
                    : new CommandRunner.Result(44, "", "The specified item could not be found in the keychain.");
        });
        MacKeychainCredentialStore store = new MacKeychainCredentialStore(runner, "/usr/bin/security");

        assertEquals(Optional.empty(), store.get("profile.m"));
        store.put("profile.m", SECRET);
        assertEquals(Optional.of(SECRET), store.get("profile.m"));
        store.delete("profile.m");
        store.delete("profile.m");

        RecordingRunner.Call write = runner.calls.get(1);
        assertEquals(List.of("/usr/bin/security", "-i"), write.command());
        assertEquals("add-generic-password -U -s dev.intake -a profile.m -l \"Intake: profile.m\" -w \"" + SECRET
                + "\"\n", write.stdin());
        assertEquals(List.of("/usr/bin/security", "find-generic-password", "-s", "dev.intake", "-a", "profile.m",
                "-w"), runner.calls.get(2).command());
        assertFalse(runner.anyArgumentContains(SECRET));
    }

    @Test
    void macKeychainRefusesSecretsItsParserCannotQuoteSoTheFileIsUsed() {
        RecordingRunner runner = new RecordingRunner((command, stdin) -> new CommandRunner.Result(0, "", ""));
        MacKeychainCredentialStore store = new MacKeychainCredentialStore(runner, "/usr/bin/security");
        assertThrows(CredentialStoreException.class, () -> store.put("proxy", "pass\"word"));
        assertTrue(runner.calls.isEmpty(), "nothing was run");

        FileCredentialStore file = new FileCredentialStore(dir.resolve("credentials.json"));
        FallbackCredentialStore fallback = new FallbackCredentialStore(store, file);
        fallback.put("proxy", "pass\"word");
        assertEquals(Optional.of("pass\"word"), file.get("proxy"));
    }

    @Test
    void macKeychainToolThatClaimsSuccessWithoutStoringIsCaught() {
        RecordingRunner runner = new RecordingRunner((command, stdin) -> command.size() == 2
                ? new CommandRunner.Result(0, "", "") : new CommandRunner.Result(44, "", ""));
        MacKeychainCredentialStore store = new MacKeychainCredentialStore(runner, "/usr/bin/security");
        CredentialStoreException e = assertThrows(CredentialStoreException.class, () -> store.put("profile.m",
                SECRET));
        assertTrue(e.getMessage().contains("could not be read back"));
    }

    @Test
    void windowsScriptsTravelEncodedWithoutTheSecretWhichGoesThroughStdin() {
        Map<String, String> vault = new HashMap<>();
        RecordingRunner runner = new RecordingRunner((command, stdin) -> {
            String script = decode(command);
            if (script.contains("$vault.Add(")) {
                vault.put("profile.w", stdin);
                return new CommandRunner.Result(0, "", "");
            }
            if (script.contains("[Console]::Out.Write")) {
                return vault.containsKey("profile.w") ? new CommandRunner.Result(0, vault.get("profile.w"), "")
                        : new CommandRunner.Result(WindowsCredentialStore.NOT_FOUND, "", "");
            }
            return vault.remove("profile.w") != null ? new CommandRunner.Result(0, "", "")
                    : new CommandRunner.Result(WindowsCredentialStore.NOT_FOUND, "", "");
        });
        WindowsCredentialStore store = new WindowsCredentialStore(runner, "powershell.exe");

        assertEquals(Optional.empty(), store.get("profile.w"));
        store.put("profile.w", SECRET);
        assertEquals(Optional.of(SECRET), store.get("profile.w"));
        store.delete("profile.w");
        store.delete("profile.w");

        RecordingRunner.Call write = runner.calls.get(1);
        assertEquals(List.of("powershell.exe", "-NoProfile", "-NonInteractive", "-EncodedCommand"),
                write.command().subList(0, 4));
        assertEquals(SECRET, write.stdin());
        String script = decode(write.command());
        assertTrue(script.contains("[Console]::In.ReadToEnd()"));
        assertTrue(script.contains("PasswordCredential('dev.intake', 'profile.w', $secret)"));
        assertFalse(runner.anyArgumentContains(SECRET));
        assertFalse(runner.calls.stream().map(c -> decode(c.command())).anyMatch(s -> s.contains(SECRET)));
    }

    @Test
    void windowsFailureIsReportedWithTheToolsWords() {
        RecordingRunner runner = new RecordingRunner((command, stdin) ->
                new CommandRunner.Result(1, "", "Unable to find type [Windows.Security.Credentials.PasswordVault]"));
        WindowsCredentialStore store = new WindowsCredentialStore(runner, "powershell.exe");
        CredentialStoreException e = assertThrows(CredentialStoreException.class, () -> store.get("profile.w"));
        assertTrue(e.getMessage().startsWith("PowerShell could not read the secret (exit 1: Unable to find type"),
                e.getMessage());
    }

    @Test
    void withoutTheirToolsWindowsAndLinuxUseTheProtectedFile() {
        Map<String, String> noTools = Map.of("PATH", dir.toString(), "SystemRoot", dir.toString());
        assertInstanceOf(FileCredentialStore.class, CredentialStores.select("Windows 11", noTools,
                new RecordingRunner((c, s) -> null), dir.resolve("c.json")));
        assertInstanceOf(FileCredentialStore.class, CredentialStores.select("Linux", noTools,
                new RecordingRunner((c, s) -> null), dir.resolve("c.json")));
    }

    @Test
    void credentialNamesOutsideTheSafeAlphabetAreRefusedBeforeAnyToolRuns() {
        RecordingRunner runner = new RecordingRunner((command, stdin) -> new CommandRunner.Result(0, "", ""));
        WindowsCredentialStore windows = new WindowsCredentialStore(runner, "powershell.exe");
        MacKeychainCredentialStore mac = new MacKeychainCredentialStore(runner, "/usr/bin/security");
        assertThrows(IllegalArgumentException.class, () -> windows.get("x'); Remove-Item C:\\ #"));
        assertThrows(IllegalArgumentException.class, () -> mac.put("a -w other", SECRET));
        assertTrue(runner.calls.isEmpty());
    }

    private static String decode(List<String> command) {
        return new String(Base64.getDecoder().decode(command.getLast()), StandardCharsets.UTF_16LE);
    }
}
