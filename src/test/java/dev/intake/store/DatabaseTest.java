package dev.intake.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.testing.SampleRequests;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class DatabaseTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:26:53Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static Database opened(OpenResult result) {
        return assertInstanceOf(OpenResult.Opened.class, result).database();
    }

    @Test
    void newDatabaseIsMigratedWithWalForeignKeysAndBusyTimeout() {
        try (Database db = opened(Database.open(dir.resolve("nested/data"), CLOCK))) {
            assertEquals(Schema.latestVersion(), db.schemaVersion());
            assertTrue(Files.isRegularFile(dir.resolve("nested/data").resolve(Database.FILE_NAME)));
            assertEquals("wal", pragma(db, "journal_mode"));
            assertEquals("1", pragma(db, "foreign_keys"));
            assertEquals("5000", pragma(db, "busy_timeout"));
            assertEquals("2", db.write(c -> pragmaOn(c, "synchronous")), "FULL: every commit reaches the disk");
        }
    }

    @Test
    void committedWritesSurviveReopeningAndFailedWritesLeaveNothing() {
        try (Database db = opened(Database.open(dir, CLOCK))) {
            new SubmissionStore(db).insert("p1", SampleRequests.newCandidate("Ana Li", "ana@example.com", "j1"),
                    HistoryLabels.NONE, CLOCK.instant());
            assertThrows(IllegalStateException.class, () -> db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM submissions");
                }
                throw new IllegalStateException("changed my mind");
            }));
        }
        try (Database db = opened(Database.open(dir, CLOCK))) {
            assertEquals(1, new SubmissionStore(db).count(HistoryQuery.all()));
        }
    }

    @Test
    void aFailedCommitIsRolledBackSoTheNextWriteWorks() {
        try (Database db = opened(Database.open(dir, CLOCK))) {
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)");
                    // Checked only at COMMIT: a missing parent makes the commit itself fail.
                    s.execute("CREATE TABLE child (parent_id INTEGER REFERENCES parent(id) "
                            + "DEFERRABLE INITIALLY DEFERRED)");
                }
                return null;
            });
            StoreException failed = assertThrows(StoreException.class, () -> db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO child VALUES (42)");
                }
                return null;
            }));
            assertTrue(failed.getMessage().contains("FOREIGN KEY"), failed.getMessage());

            SubmissionStore store = new SubmissionStore(db);
            store.insert("p1", SampleRequests.newCandidate("Ana Li", "ana@example.com", "j1"), HistoryLabels.NONE,
                    CLOCK.instant());
            int children = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM child")) {
                    return rs.getInt(1);
                }
            });
            assertEquals(0, children, "the failed transaction left nothing");
            assertEquals(1, store.count(HistoryQuery.all()), "the connection is usable after a failed commit");
        }
    }

    @Test
    void secondOpenerIsToldTheDataIsInUseAndCanStillRead() {
        try (Database first = opened(Database.open(dir, CLOCK))) {
            new SubmissionStore(first).insert("p1", SampleRequests.newCandidate("Ana Li", "ana@example.com", "j1"),
                    HistoryLabels.NONE, CLOCK.instant());

            OpenResult second = Database.open(dir, CLOCK);
            assertEquals(new OpenResult.Locked(dir), second);

            try (Database readOnly = Database.openReadOnly(dir)) {
                assertTrue(readOnly.readOnly());
                SubmissionStore store = new SubmissionStore(readOnly);
                assertEquals("Ana Li", store.search(HistoryQuery.all(), 0, 10).getFirst().candidateName());
                StoreException refused = assertThrows(StoreException.class, () -> store.insert("p1",
                        SampleRequests.newCandidate("Bo Chen", "bo@example.com", "j1"), HistoryLabels.NONE,
                        CLOCK.instant()));
                assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
            }
        }
        // Once the first one is closed, the lock is free again.
        opened(Database.open(dir, CLOCK)).close();
    }

    @Test
    void corruptFileIsKeptAsideAndAFreshDatabaseStarts() throws Exception {
        byte[] garbage = "this is not a database, just some bytes a disk error left behind ".repeat(200)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(Database.FILE_NAME), garbage);
        Files.write(dir.resolve(Database.FILE_NAME + "-wal"), garbage);

        OpenResult.Opened result = assertInstanceOf(OpenResult.Opened.class, Database.open(dir, CLOCK));
        try (Database db = result.database()) {
            Path kept = result.corruptFileKeptAt().orElseThrow();
            assertEquals(dir.resolve("intake-corrupt-20260314-092653.db"), kept);
            assertArrayEquals(garbage, Files.readAllBytes(kept), "the old file is kept byte for byte");
            assertArrayEquals(garbage, Files.readAllBytes(dir.resolve("intake-corrupt-20260314-092653.db-wal")));
            assertEquals(Schema.latestVersion(), db.schemaVersion());
            SubmissionStore store = new SubmissionStore(db);
            store.insert("p1", SampleRequests.newCandidate("Ana Li", "ana@example.com", "j1"),
                    HistoryLabels.NONE, CLOCK.instant());
            assertEquals(1, store.count(HistoryQuery.all()));
        }
    }

    @Test
    void aSecondCorruptFileOnTheSameSecondGetsItsOwnName() throws Exception {
        Files.writeString(dir.resolve("intake-corrupt-20260314-092653.db"), "earlier");
        Files.writeString(dir.resolve(Database.FILE_NAME), "garbage ".repeat(100));
        OpenResult.Opened result = assertInstanceOf(OpenResult.Opened.class, Database.open(dir, CLOCK));
        result.database().close();
        assertEquals(dir.resolve("intake-corrupt-20260314-092653-2.db"), result.corruptFileKeptAt().orElseThrow());
        assertEquals("earlier", Files.readString(dir.resolve("intake-corrupt-20260314-092653.db")));
    }

    @Test
    void fileFromANewerIntakeIsNotTouched() throws Exception {
        try (Database db = opened(Database.open(dir, CLOCK))) {
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO schema_version VALUES (99, 'from the future', 0)");
                }
            });
        }
        assertEquals(new OpenResult.NewerVersion(dir.resolve(Database.FILE_NAME), 99, Schema.latestVersion()),
                Database.open(dir, CLOCK));
        // Refusing released the lock: the user can fix the situation without restarting anything.
        assertInstanceOf(OpenResult.NewerVersion.class, Database.open(dir, CLOCK));
    }

    @Test
    void aFileWhereTheFolderShouldBeIsReportedWithTheSystemReason() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        OpenResult.Failed failed = assertInstanceOf(OpenResult.Failed.class, Database.open(notAFolder, CLOCK));
        assertEquals(notAFolder, failed.location());
        assertFalse(failed.detail().isBlank());
    }

    @Test
    void readOnlyDisksAndPermissionsAreToldApartFromOtherFailures() {
        Path where = dir.resolve("data");
        assertInstanceOf(OpenResult.ReadOnly.class, Database.failure(where, new AccessDeniedException("x")));
        assertInstanceOf(OpenResult.ReadOnly.class,
                Database.failure(where, new FileSystemException("x", null, "Read-only file system")));
        assertInstanceOf(OpenResult.ReadOnly.class, Database.failure(where,
                new SQLiteException("attempt to write a readonly database", SQLiteErrorCode.SQLITE_READONLY)));
        assertEquals(new OpenResult.Locked(dir), Database.failure(dir.resolve("intake.db"),
                new SQLiteException("database is locked", SQLiteErrorCode.SQLITE_BUSY)));
        assertInstanceOf(OpenResult.Failed.class,
                Database.failure(where, new FileSystemException("x", null, "No space left on device")));
    }

    @Test
    void storeErrorsNameTheFileAndNeverItsContents() {
        try (Database db = opened(Database.open(dir, CLOCK))) {
            SubmissionStore store = new SubmissionStore(db);
            store.insert("p1", SampleRequests.newCandidate("Ana Li", "ana@example.com", "j1"),
                    HistoryLabels.NONE, CLOCK.instant());
            StoreException e = assertThrows(StoreException.class, () -> db.read(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("DELETE FROM submissions");
                }
            }));
            assertFalse(e.getMessage().contains("ana@example.com"));
            assertEquals(Set.of(SubmissionState.QUEUED), store.countByState().keySet());
        }
    }

    private static String pragma(Database db, String name) {
        return db.read(c -> pragmaOn(c, name));
    }

    private static String pragmaOn(java.sql.Connection c, String name) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
