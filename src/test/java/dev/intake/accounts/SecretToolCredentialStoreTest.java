package dev.intake.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretToolCredentialStoreTest {
    private static final String SECRET = "v1.eu1.sEcReT-9f8e7d";

    /** Stands in for secret-tool: records its arguments, keeps secrets per account in files, as the real tool would. */
    private static final String FAKE_SECRET_TOOL = """
            #!/bin/sh
            here="$(dirname "$0")"
            mkdir -p "$here/vault"
            printf '%s\\n' "$*" >> "$here/argv.log"
            cmd="$1"; shift
            account=""
            while [ $# -gt 0 ]; do
              case "$1" in account) account="$2"; shift 2 ;; *) shift ;; esac
            done
            case "$cmd" in
              store) cat > "$here/vault/$account" ;;
              lookup) [ -f "$here/vault/$account" ] || exit 1; cat "$here/vault/$account"; printf '\\n' ;;
              clear) rm -f "$here/vault/$account" ;;
            esac
            """;

    private static final String BROKEN_SECRET_TOOL = """
            #!/bin/sh
            echo "Cannot autolaunch D-Bus without X11 \\$DISPLAY" >&2
            exit 1
            """;

    @TempDir
    Path dir;

    @Test
    void commandsNameServiceAndAccountAndCarryNoSecret() {
        SecretToolCredentialStore store = new SecretToolCredentialStore(null, "/usr/bin/secret-tool");
        CommandCredentialStore.Invocation write = store.storeInvocation("profile.x", SECRET);
        assertEquals(List.of("/usr/bin/secret-tool", "store", "--label=Intake: profile.x", "service", "dev.intake",
                "account", "profile.x"), write.command());
        assertEquals(SECRET, write.stdin());
        assertFalse(write.toString().contains(SECRET));
        assertEquals(List.of("/usr/bin/secret-tool", "lookup", "service", "dev.intake", "account", "profile.x"),
                store.lookupCommand("profile.x"));
        assertEquals(List.of("/usr/bin/secret-tool", "clear", "service", "dev.intake", "account", "profile.x"),
                store.clearCommand("profile.x"));
    }

    @Test
    void secretTravelsThroughStdinOnlyAndIsReadBack() {
        Map<String, String> keyring = new HashMap<>();
        RecordingRunner runner = new RecordingRunner((command, stdin) -> {
            String account = command.getLast();
            return switch (command.get(1)) {
                case "store" -> {
                    keyring.put(account, stdin);
                    yield new CommandRunner.Result(0, "", "");
                }
                case "lookup" -> keyring.containsKey(account)
                        ? new CommandRunner.Result(0, keyring.get(account) + "\n", "")
                        : new CommandRunner.Result(1, "", "");
                default -> new CommandRunner.Result(keyring.remove(account) == null ? 1 : 0, "", "");
            };
        });
        SecretToolCredentialStore store = new SecretToolCredentialStore(runner, "secret-tool");

        store.put("profile.x", SECRET);
        assertEquals(Optional.of(SECRET), store.get("profile.x"));
        store.delete("profile.x");
        assertEquals(Optional.empty(), store.get("profile.x"));
        store.delete("profile.x");

        assertEquals(SECRET, runner.calls.getFirst().stdin());
        assertFalse(runner.anyArgumentContains(SECRET));
        assertFalse(new CommandRunner.Result(0, SECRET + "\n", "").toString().contains(SECRET),
                "a lookup's result never prints its output");
    }

    @Test
    void realProcessRoundTripThroughAStandInTool() throws Exception {
        Path tool = script("secret-tool", FAKE_SECRET_TOOL);
        SecretToolCredentialStore store = new SecretToolCredentialStore(
                new ProcessCommandRunner(Duration.ofSeconds(20)), tool.toString());

        store.put("profile.real", SECRET);
        assertEquals(SECRET, Files.readString(dir.resolve("vault/profile.real")), "stdin delivered exactly");
        assertEquals(Optional.of(SECRET), store.get("profile.real"));
        store.delete("profile.real");
        assertEquals(Optional.empty(), store.get("profile.real"));

        String argv = Files.readString(dir.resolve("argv.log"));
        assertTrue(argv.contains("store --label=Intake: profile.real service dev.intake account profile.real"));
        assertFalse(argv.contains(SECRET), "the secret never appears in a command line");
    }

    @Test
    void brokenKeyringIsReportedAndTheFallbackFileTakesOver() throws Exception {
        Path tool = script("secret-tool", BROKEN_SECRET_TOOL);
        SecretToolCredentialStore store = new SecretToolCredentialStore(
                new ProcessCommandRunner(Duration.ofSeconds(20)), tool.toString());
        CredentialStoreException e = assertThrows(CredentialStoreException.class, () -> store.get("profile.a"));
        assertTrue(e.getMessage().contains("Cannot autolaunch D-Bus"), e.getMessage());

        Path file = dir.resolve("fallback").resolve("credentials.json");
        FallbackCredentialStore fallback = new FallbackCredentialStore(store, new FileCredentialStore(file));
        fallback.put("profile.a", SECRET);
        assertEquals(Optional.of(SECRET), fallback.get("profile.a"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(fallback.description().endsWith("(Secret Service (secret-tool) failed)"), fallback.description());
    }

    @Test
    void selectedOnLinuxWhenOnThePath() throws Exception {
        script("secret-tool", FAKE_SECRET_TOOL);
        CredentialStore withTool = CredentialStores.select("Linux", Map.of("PATH", dir.toString()),
                new ProcessCommandRunner(Duration.ofSeconds(20)), dir.resolve("credentials.json"));
        assertInstanceOf(FallbackCredentialStore.class, withTool);
        assertTrue(withTool.description().startsWith("Secret Service (secret-tool)"), withTool.description());

        CredentialStore without = CredentialStores.select("Linux", Map.of("PATH", dir.resolve("empty").toString()),
                new ProcessCommandRunner(Duration.ofSeconds(20)), dir.resolve("credentials.json"));
        assertInstanceOf(FileCredentialStore.class, without);
    }

    /** Whatever this machine offers (Secret Service or the file), a key goes in and comes back out. */
    @Test
    void thisMachinesStoreRoundTrips() {
        CredentialStore store = CredentialStores.forThisMachine(dir.resolve("credentials.json"));
        boolean toolInstalled = CredentialStores.onPath("secret-tool", System.getenv()).isPresent();
        assertEquals(toolInstalled, store instanceof FallbackCredentialStore, store.description());
        String name = "test." + UUID.randomUUID();
        try {
            store.put(name, SECRET);
            assertEquals(Optional.of(SECRET), store.get(name));
        } finally {
            store.delete(name);
        }
        assertEquals(Optional.empty(), store.get(name));
    }

    private Path script(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
