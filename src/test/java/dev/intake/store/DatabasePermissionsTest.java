package dev.intake.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.testing.Modes;
import dev.intake.testing.SampleRequests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Candidates' data is readable by its user only, whatever the umask (the build's is usually 022). */
class DatabasePermissionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:26:53Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        Modes.assumePosix(dir);
    }

    private static void saveOne(Database db) {
        new SubmissionStore(db).insert("p1", SampleRequests.newCandidate("Ana Li", "ana@example.com", "j1"),
                HistoryLabels.NONE, CLOCK.instant());
    }

    @Test
    void aNewDataFolderAndTheDatabaseWithItsJournalFilesAreTheUsersOnly() throws Exception {
        Path data = dir.resolve("nested/Intake");
        try (Database db = assertInstanceOf(OpenResult.Opened.class, Database.open(data, CLOCK)).database()) {
            saveOne(db);
            assertTrue(Files.exists(data.resolve("intake.db-wal")), "WAL mode keeps a -wal file while open");
            assertEquals("rwx------", Modes.of(data));
            for (String name : new String[] {"intake.db", "intake.db-wal", "intake.db-shm", "intake.lock"}) {
                assertEquals("rw-------", Modes.of(data.resolve(name)), name);
            }
        }
    }

    @Test
    void tooOpenFilesAndFoldersFromAnEarlierRunAreNarrowedAtStart() throws Exception {
        try (Database db = assertInstanceOf(OpenResult.Opened.class, Database.open(dir, CLOCK)).database()) {
            saveOne(db);
        }
        Files.writeString(dir.resolve("intake-corrupt-20260101-000000.db"), "kept aside, with candidates in it");
        Files.writeString(dir.resolve("notes.txt"), "not Intake's");
        Modes.set(dir, "rwxr-xr-x");
        for (String name : new String[] {"intake.db", "intake-corrupt-20260101-000000.db", "notes.txt"}) {
            Modes.set(dir.resolve(name), "rw-rw-r--");
        }

        try (Database db = assertInstanceOf(OpenResult.Opened.class, Database.open(dir, CLOCK)).database()) {
            saveOne(db);
            assertEquals("rwx------", Modes.of(dir));
            for (String name : new String[] {"intake.db", "intake.db-wal", "intake.db-shm",
                "intake-corrupt-20260101-000000.db"}) {
                assertEquals("rw-------", Modes.of(dir.resolve(name)), name);
            }
            assertEquals("rw-rw-r--", Modes.of(dir.resolve("notes.txt")), "other files in the folder are left alone");
        }
    }

    @Test
    void journalFilesLeftWideByAnEarlierRunAreNarrowedToo() throws Exception {
        try (Database db = assertInstanceOf(OpenResult.Opened.class, Database.open(dir, CLOCK)).database()) {
            saveOne(db);
        }
        for (String name : new String[] {"intake.db-wal", "intake.db-shm"}) {
            Files.writeString(dir.resolve(name), "");
            Modes.set(dir.resolve(name), "rw-r--r--");
        }
        try (Database db = assertInstanceOf(OpenResult.Opened.class, Database.open(dir, CLOCK)).database()) {
            saveOne(db);
            assertEquals("rw-------", Modes.of(dir.resolve("intake.db-wal")));
            assertEquals("rw-------", Modes.of(dir.resolve("intake.db-shm")));
        }
    }
}
