package dev.intake.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Json;
import dev.intake.testing.SampleRequests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

class MigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void versionsAreNumberedOneByOne() {
        for (int i = 0; i < Schema.MIGRATIONS.size(); i++) {
            assertEquals(i + 1, Schema.MIGRATIONS.get(i).version());
        }
    }

    @Test
    void everyEarlierVersionMigratesToTheLatestKeepingItsData() throws Exception {
        Set<String> latestShape = shapeOfFreshDatabase();
        for (int version = 1; version < Schema.latestVersion(); version++) {
            Path data = Files.createDirectories(dir.resolve("v" + version));
            try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME))) {
                Schema.migrate(c, version, CLOCK);
                assertEquals(version, Schema.currentVersion(c));
                insertAsWrittenBy(version, c);
            }

            try (Database db = DatabaseTest.opened(Database.open(data, CLOCK))) {
                assertEquals(Schema.latestVersion(), db.schemaVersion(), "from v" + version);
                assertEquals(latestShape, db.read(MigrationTest::shape), "from v" + version);
                SubmissionStore store = new SubmissionStore(db);
                List<HistoryEntry> found = store.search(HistoryQuery.all().withText("ana"), 0, 10);
                assertEquals(1, found.size(), "from v" + version);
                assertEquals("Ana Li", found.getFirst().candidateName());
                assertEquals("ana@example.com", found.getFirst().candidateEmail());
                assertEquals(SubmissionState.WAITING_TO_RETRY, found.getFirst().state());
                assertEquals("cand-9", store.search(HistoryQuery.all().withText("cand"), 0, 10).getFirst()
                        .candidateId());
                assertEquals(1, store.unsettled().stream().filter(s -> s.mayExist()).count(),
                        "outbox bookkeeping survives the migration");
                assertEquals(List.of("draft-1"), new SqliteDraftStore(db).unfinished().stream()
                        .map(DraftStore.Draft::id).toList());
                // The migrated file keeps working: new rows are indexed by the new triggers.
                assertEquals(null, found.getFirst().jobTitle(), "no title was known before: history shows the id");
                store.insert("p1", SampleRequests.newCandidate("Zoe Ng", "zoe@example.com", "j3"),
                        HistoryLabels.job("Warehouse Lead"),
                        CLOCK.instant());
                assertEquals(1, store.count(HistoryQuery.all().withText("zoe")));
                assertEquals("Zoe Ng", store.search(HistoryQuery.all().withText("warehouse"), 0, 10).getFirst()
                        .candidateName(), "from v" + version + ", the job title is searchable");
            }
        }
    }

    @Test
    void v4KeepsTheSendTimeOfAnInterruptedSendAndStoresOutcomeChecksDurably() throws Exception {
        Path data = Files.createDirectories(dir.resolve("v3"));
        Instant sent = Instant.parse("2026-02-28T17:45:00Z");
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME))) {
            Schema.migrate(c, 3, CLOCK);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO submissions(profile_id, created_at, "
                    + "updated_at, request_json, state, first_sent_at) VALUES ('p1', ?, ?, ?, 'SENDING', ?)")) {
                insert.setLong(1, sent.toEpochMilli());
                insert.setLong(2, sent.toEpochMilli());
                insert.setString(3, Json.mapper().writeValueAsString(
                        SampleRequests.newCandidate("Ana Li", "ana@example.com", "j1")));
                insert.setLong(4, sent.toEpochMilli());
                insert.executeUpdate();
            }
        }
        List<Instant> checks = List.of(sent.plusSeconds(30), sent.plusSeconds(150));
        try (Database db = DatabaseTest.opened(Database.open(data, CLOCK))) {
            SubmissionStore store = new SubmissionStore(db);
            StoredSubmission migrated = store.unsettled().getFirst();
            assertEquals(sent, migrated.lastSentAt(), "the settle delay of a send cut short counts from it");
            assertEquals(List.of(), migrated.outcomeChecks());
            assertEquals(null, migrated.notBefore());
            assertEquals(0, migrated.requestVersion());
            store.transition(migrated.localId(), Set.of(SubmissionState.SENDING), e -> e
                    .state(SubmissionState.OUTCOME_UNKNOWN).outcomeChecks(checks).notBefore(sent.plusSeconds(60))
                    .request(SampleRequests.newCandidate("Ana Li", "ana@example.com", "j2")), CLOCK.instant());
        }
        try (Database db = DatabaseTest.opened(Database.open(data, CLOCK))) {
            StoredSubmission reopened = new SubmissionStore(db).unsettled().getFirst();
            assertEquals(checks, reopened.outcomeChecks(), "the checks made survive a restart");
            assertEquals(sent.plusSeconds(60), reopened.notBefore());
            assertEquals(1, reopened.requestVersion(), "an edit raises the request's version");
        }
    }

    @Test
    void v6GivesOlderSubmissionsNoOriginKeyOrFollowUpsAndKeepsKeysUniqueAndDocumentsWithTheirSubmission()
            throws Exception {
        Path data = Files.createDirectories(dir.resolve("v5"));
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME))) {
            Schema.migrate(c, 5, CLOCK);
            insertAsWrittenBy(5, c);
        }
        try (Database db = DatabaseTest.opened(Database.open(data, CLOCK))) {
            SubmissionStore store = new SubmissionStore(db);
            StoredSubmission old = store.unsettled().getFirst();
            assertEquals(null, old.submission().origin());
            assertEquals(null, old.submission().onceKey());
            assertEquals(null, old.submission().note(), "no note goes after an old submission");
            assertEquals(List.of(), old.submission().documents());
            assertEquals(false, old.reuseByEmail());
            assertEquals(null, old.emailLookup());

            NewSubmission kiosk = new NewSubmission("p1",
                    SampleRequests.newCandidate("Zoe Ng", "zoe@example.com", "j3"), HistoryLabels.NONE,
                    CLOCK.instant(), "event:fair-1", "event:fair-1#7", "Met at the booth",
                    List.of(new DocumentUpload("cv.pdf", "pdf", null, new byte[] {1, 2, 3})), true);
            long id = store.insertKeyed(List.of(kiosk)).getFirst().localId();
            Submission stored = store.get(id).orElseThrow();
            assertEquals(new FollowUp("Met at the booth", FollowUpState.PENDING, null, null), stored.note());
            assertEquals(List.of(FollowUp.pending("cv.pdf")), stored.documents());
            assertEquals(true, store.find(id).orElseThrow().reuseByEmail());
            assertEquals(List.of(new SubmissionStore.Inserted(id, true)), store.insertKeyed(List.of(kiosk)));

            org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, () -> db.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE submissions SET once_key = 'event:fair-1#7' WHERE local_id <> "
                            + id);
                }
            }), "the database itself refuses a key twice");

            store.forgetCandidate("zoe@example.com", null);
            assertEquals(Integer.valueOf(0), db.<Integer>read(c -> {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT count(*) FROM submission_documents")) {
                    return rs.getInt(1);
                }
            }), "an erased candidate's documents go with the submission");
        }
    }

    @Test
    void v8LetsOlderSubmissionsFollowNoneAndKeepsTheKeyANewOneFollowsAcrossAReopen() throws Exception {
        Path data = Files.createDirectories(dir.resolve("v7"));
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + data.resolve(Database.FILE_NAME))) {
            Schema.migrate(c, 7, CLOCK);
            insertAsWrittenBy(7, c);
        }
        long id;
        try (Database db = DatabaseTest.opened(Database.open(data, CLOCK))) {
            SubmissionStore store = new SubmissionStore(db);
            assertEquals(null, store.unsettled().getFirst().sameCandidateAs(), "an old submission follows none");
            NewSubmission again = new NewSubmission("p1",
                    SampleRequests.newCandidate("Zoe Ng", "zoe@example.com", "j3"), HistoryLabels.NONE,
                    CLOCK.instant(), "event:fair-1", "event:fair-1#8", null, List.of(), true, "event:fair-1#7");
            id = store.insertKeyed(List.of(again)).getFirst().localId();
            // A change of state keeps what it follows.
            store.transition(id, Set.of(SubmissionState.QUEUED), e -> e.error(null, "waiting"), CLOCK.instant());
        }
        try (Database db = DatabaseTest.opened(Database.open(data, CLOCK))) {
            StoredSubmission reopened = new SubmissionStore(db).find(id).orElseThrow();
            assertEquals("event:fair-1#7", reopened.sameCandidateAs());
            assertEquals("waiting", reopened.submission().errorMessage());
        }
    }

    @Test
    void aFailingStepLeavesTheFileAtItsPreviousVersion() throws Exception {
        Path file = dir.resolve("broken.db");
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file)) {
            Schema.migrate(c, 1, CLOCK);
            try (Statement s = c.createStatement()) {
                // A table the v2 step is about to create: the step fails half-way and must roll back.
                s.execute("CREATE TABLE submission_search (x)");
            }
            assertInstanceOf(SQLException.class, org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                    () -> Schema.migrate(c, Schema.latestVersion(), CLOCK)));
            assertEquals(1, Schema.currentVersion(c));
            assertTrue(columns(c).stream().noneMatch(name -> name.equals("candidate_name")),
                    "the half-applied ALTER TABLE was rolled back");
        }
    }

    /**
     * Rows shaped as that version wrote them: version 1 had no search columns, only the request's JSON; version 2
     * copied them out of it.
     */
    private static void insertAsWrittenBy(int version, Connection c) throws Exception {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO submissions(profile_id, created_at, "
                + "updated_at, request_json, state, may_exist) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, "p1");
            insert.setLong(2, CLOCK.millis());
            insert.setLong(3, CLOCK.millis());
            insert.setString(4, Json.mapper().writeValueAsString(
                    SampleRequests.newCandidate("Ana Li", "Ana@Example.com", "j1")));
            insert.setString(5, "WAITING_TO_RETRY");
            insert.setInt(6, 1);
            insert.executeUpdate();
            insert.setString(4, Json.mapper().writeValueAsString(SampleRequests.existingCandidate("cand-9", "j2")));
            insert.setString(5, "CREATED");
            insert.setInt(6, 0);
            insert.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO drafts VALUES ('draft-1', 'p1', 0, '{}')");
        }
        if (version >= 2) {
            Schema.backfillSearchFields(c);
        }
    }

    private Set<String> shapeOfFreshDatabase() {
        try (Database db = DatabaseTest.opened(Database.open(dir.resolve("fresh"), CLOCK))) {
            return db.read(MigrationTest::shape);
        }
    }

    /** Tables, indexes, triggers and every table's columns. */
    private static Set<String> shape(Connection c) throws SQLException {
        Set<String> shape = new TreeSet<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                shape.add(rs.getString(1) + " " + rs.getString(2));
                if (rs.getString(1).equals("table")) {
                    tables.add(rs.getString(2));
                }
            }
        }
        for (String table : tables) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("PRAGMA table_info('" + table + "')")) {
                while (rs.next()) {
                    shape.add(table + "." + rs.getString("name") + " " + rs.getString("type"));
                }
            }
        }
        return shape;
    }

    private static List<String> columns(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info('submissions')")) {
            while (rs.next()) {
                names.add(rs.getString("name"));
            }
        }
        return names;
    }
}
