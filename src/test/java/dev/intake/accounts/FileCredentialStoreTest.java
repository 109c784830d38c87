package dev.intake.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCredentialStoreTest {
    @TempDir
    Path dir;

    @Test
    void roundTripSurvivesANewStoreAndTheFileIsOwnerOnly() throws Exception {
        Path file = dir.resolve("config").resolve("credentials.json");
        FileCredentialStore store = new FileCredentialStore(file);
        store.put("profile.a", "key-a-123456");
        store.put("profile.b", "key-b-654321");

        FileCredentialStore reopened = new FileCredentialStore(file);
        assertEquals(Optional.of("key-a-123456"), reopened.get("profile.a"));
        assertEquals(Optional.of("key-b-654321"), reopened.get("profile.b"));
        assertEquals(Optional.empty(), reopened.get("profile.c"));

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }

    @Test
    void deleteRemovesOnlyThatSecretAndLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("credentials.json");
        FileCredentialStore store = new FileCredentialStore(file);
        store.put("profile.a", "key-a-123456");
        store.put("profile.b", "key-b-654321");
        store.put("profile.a", "key-a-replaced");
        store.delete("profile.b");
        store.delete("profile.never-stored");

        assertEquals(Optional.of("key-a-replaced"), store.get("profile.a"));
        assertEquals(Optional.empty(), store.get("profile.b"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void looselyPermittedFileIsNarrowedBeforeUse() throws Exception {
        Path file = dir.resolve("credentials.json");
        new FileCredentialStore(file).put("proxy", "proxy-secret");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertEquals(Optional.of("proxy-secret"), new FileCredentialStore(file).get("proxy"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void emptySecretAndOddNamesAreRefused() {
        FileCredentialStore store = new FileCredentialStore(dir.resolve("credentials.json"));
        assertThrows(IllegalArgumentException.class, () -> store.put("profile.a", ""));
        assertThrows(IllegalArgumentException.class, () -> store.put("profile a; rm -rf", "x"));
        assertFalse(Files.exists(dir.resolve("credentials.json")));
    }

    @Test
    void damagedFileIsReportedWithoutQuotingItsContent() throws Exception {
        Path file = dir.resolve("credentials.json");
        Files.writeString(file, "{\"profile.a\": \"half-written-secret");
        CredentialStoreException e = assertThrows(CredentialStoreException.class,
                () -> new FileCredentialStore(file).get("profile.a"));
        assertTrue(e.getMessage().contains(file.toString()));
        assertTrue(e.getMessage().contains("Fix:"));
        assertFalse(e.getMessage().contains("half-written-secret"));
    }
}
