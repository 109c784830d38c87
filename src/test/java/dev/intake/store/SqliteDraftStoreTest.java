package dev.intake.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.store.DraftStore.Draft;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDraftStoreTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void draftsSurviveAReopenNewestFirstAndSaveReplaces() {
        try (Database db = DatabaseTest.opened(Database.open(dir, Clock.fixed(T0, ZoneOffset.UTC)))) {
            SqliteDraftStore drafts = new SqliteDraftStore(db);
            drafts.save(new Draft("d1", "p1", T0, "{\"name\":\"An\"}"));
            drafts.save(new Draft("d2", "p1", T0.plusSeconds(5), "{\"name\":\"Bo\"}"));
            drafts.save(new Draft("d1", "p1", T0.plusSeconds(9), "{\"name\":\"Ana Li\"}"));
        }
        try (Database db = DatabaseTest.opened(Database.open(dir, Clock.fixed(T0, ZoneOffset.UTC)))) {
            SqliteDraftStore drafts = new SqliteDraftStore(db);
            assertEquals(List.of(new Draft("d1", "p1", T0.plusSeconds(9), "{\"name\":\"Ana Li\"}"),
                    new Draft("d2", "p1", T0.plusSeconds(5), "{\"name\":\"Bo\"}")), drafts.unfinished());
            assertEquals("{\"name\":\"Bo\"}", drafts.find("d2").orElseThrow().json());
            drafts.delete("d2");
            assertTrue(drafts.find("d2").isEmpty());
        }
    }

    @Test
    void retentionAndErasureRemoveTheRightDrafts() {
        try (Database db = DatabaseTest.opened(Database.open(dir, Clock.fixed(T0, ZoneOffset.UTC)))) {
            SqliteDraftStore drafts = new SqliteDraftStore(db);
            drafts.save(new Draft("old", null, T0, "{\"email\":\"old@example.com\"}"));
            drafts.save(new Draft("ana", "p1", T0.plusSeconds(100), "{\"email\":\"Ana@Example.com\"}"));
            drafts.save(new Draft("bo", "p1", T0.plusSeconds(100), "{\"email\":\"bo@example.com\"}"));

            assertEquals(1, drafts.purgeSavedBefore(T0.plusSeconds(50)));
            assertEquals(1, drafts.forgetMentioning("ana@example.COM"));
            assertEquals(0, drafts.forgetMentioning(" "));
            assertEquals(List.of("bo"), drafts.unfinished().stream().map(Draft::id).toList());
        }
    }

    @Test
    void quickEntryDraftsAreNeverOfferedAsUnfinishedApplicationsYetRetentionAndErasureReachThem() {
        try (Database db = DatabaseTest.opened(Database.open(dir, Clock.fixed(T0, ZoneOffset.UTC)))) {
            SqliteDraftStore drafts = new SqliteDraftStore(db);
            String quick = DraftStore.quickEntryId("ev-berlin");
            drafts.save(new Draft(quick, null, T0.plusSeconds(100),
                    "{\"typing\":{\"email\":\"ada@example.com\"}}"));
            drafts.save(new Draft("wizard", "p1", T0, "{\"email\":\"bo@example.com\"}"));

            assertEquals(List.of("wizard"), drafts.unfinished().stream().map(Draft::id).toList());
            assertTrue(drafts.find(quick).isPresent(), "quick entry finds its own draft by id");
            assertEquals(1, drafts.forgetMentioning("ADA@example.com"));
            assertTrue(drafts.find(quick).isEmpty());
        }
    }
}
