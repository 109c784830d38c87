package dev.intake.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.intake.store.Database;
import dev.intake.store.HistoryLabels;
import dev.intake.store.OpenResult;
import dev.intake.store.SubmissionStore;
import dev.intake.testing.Modes;
import dev.intake.testing.SampleRequests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export holds candidates' personal data: its user's only, even where a wider file was replaced. */
class HistoryExportPermissionsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:26:53Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void exportsAreReadableByTheirUserOnly() throws Exception {
        Modes.assumePosix(dir);
        Path csv = dir.resolve("exports/history.csv");
        Files.createDirectories(csv.getParent());
        Files.writeString(csv, "an older export");
        Modes.set(csv, "rw-rw-r--");
        Path json = dir.resolve("exports/selected.json");
        try (Database db = assertInstanceOf(OpenResult.Opened.class, Database.open(dir.resolve("data"), CLOCK))
                .database()) {
            SubmissionStore store = new SubmissionStore(db);
            long id = store.insert("p1", SampleRequests.newCandidate("Ana Li", "ana@example.com", "j1"),
                    HistoryLabels.NONE, CLOCK.instant()).localId();

            assertEquals(1, HistoryExport.everything(store, HistoryExport.Format.CSV, csv));
            assertEquals(1, HistoryExport.selection(store, List.of(id), HistoryExport.Format.JSON, json));
        }
        assertEquals("rw-------", Modes.of(csv));
        assertEquals("rw-------", Modes.of(json));
    }
}
