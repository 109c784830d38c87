package dev.intake.importing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.intake.form.Messages;
import dev.intake.importing.ColumnMapping;
import dev.intake.importing.ImportDefaults;
import dev.intake.importing.ImportFileReader;
import dev.intake.importing.ImportOutcome;
import dev.intake.importing.ImportPlan;
import dev.intake.importing.ImportPlanner;
import dev.intake.importing.ImportTable;
import dev.intake.importing.JobMatcher;
import dev.intake.importing.PlannedRow;
import dev.intake.outbox.OutboxTestKit;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxImportSenderTest {
    @TempDir
    Path dir;
    private OutboxTestKit kit;
    private OutboxImportSender sender;
    private PlannedRow anna;

    @BeforeEach
    void open() throws Exception {
        kit = new OutboxTestKit(dir);
        sender = new OutboxImportSender(kit.outbox(), "p1", Messages.load());
        ImportTable table = ImportFileReader.read("leads.csv", """
                First name,Last name,Email,Job,Note
                Anna,Berg,anna@example.com,Warehouse Lead,Met at booth 4
                """.getBytes(StandardCharsets.UTF_8), null);
        ImportPlan plan = ImportPlanner.plan(table, ColumnMapping.automatic(table.headers()),
                new JobMatcher(List.of(ImportViewModelTest.job("job-1", "WH-1", "Warehouse Lead"))),
                ImportDefaults.NONE);
        anna = plan.rows().getFirst();
    }

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void aRowIsStoredWithTheFileAsOriginItsKeyAndItsNoteThenFollowedUntilCreated() {
        List<ImportSender.RowUpdate> seen = new ArrayList<>();
        Runnable stop = sender.follow(seen::add);

        ImportSender.RowUpdate handed = sender.hand("import:leads.csv", anna);

        assertEquals(ImportOutcome.QUEUED, handed.state());
        Submission stored = kit.store().get(handed.localId()).orElseThrow();
        assertEquals("import:leads.csv", stored.origin());
        assertEquals(anna.key(), stored.onceKey());
        assertEquals("Met at booth 4", stored.noteText());
        kit.runOutbox();
        ImportSender.RowUpdate last = seen.getLast();
        assertEquals(handed.localId(), last.localId());
        assertEquals(ImportOutcome.CREATED, last.state(), last.error());
        assertNotNull(last.applicationId());
        stop.run();
    }

    @Test
    void theSameRowHandedAgainIsNotStoredTwice() {
        ImportSender.RowUpdate first = sender.hand("import:leads.csv", anna);
        assertEquals(Set.of(anna.key()), sender.alreadyHanded(List.of(anna.key(), "another")));

        ImportSender.RowUpdate again = sender.hand("import:leads.csv", anna);

        assertEquals(ImportOutcome.ALREADY_IMPORTED, again.state());
        assertEquals(first.localId(), again.localId());
        assertEquals(1, kit.outbox().byOrigin("import:leads.csv").size());
    }

    @Test
    void aRowWithdrawnBeforeItWasSentSaysSo() {
        ImportSender.RowUpdate handed = sender.hand("import:leads.csv", anna);

        ImportSender.RowUpdate withdrawn = sender.cancel(handed.localId());

        assertEquals(ImportOutcome.CANCELLED, withdrawn.state());
        assertEquals("Withdrawn before it was sent (the import was cancelled).", withdrawn.error());
        kit.runOutbox();
        assertEquals(SubmissionState.CANCELLED, kit.store().get(handed.localId()).orElseThrow().state(),
                "never sent after it was withdrawn");
    }
}
