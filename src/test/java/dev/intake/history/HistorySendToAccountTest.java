package dev.intake.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.accounts.Profile;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.outbox.OutboxTestKit;
import dev.intake.store.HistoryEntry;
import dev.intake.store.SqliteDraftStore;
import dev.intake.store.SubmissionNotes;
import dev.intake.testing.SampleRequests;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History offers "Send to a connected account…" for sandbox submissions only, and keeps the note it leaves. */
class HistorySendToAccountTest {
    @TempDir
    Path dir;
    private OutboxTestKit kit;
    private HistoryViewModel vm;
    private final List<HistoryViewModel.Request> requests = new ArrayList<>();

    @BeforeEach
    void open() {
        kit = new OutboxTestKit(dir.resolve("data"));
        vm = new HistoryViewModel(kit.store(), new SqliteDraftStore(kit.database()), kit.outbox(),
                new ImmediateTaskExecutor(), Clock.fixed(kit.now(), ZoneOffset.UTC),
                ResourceBundle.getBundle("dev.intake.messages"));
        vm.setRequestHandler(requests::add);
    }

    @AfterEach
    void close() {
        vm.close();
        kit.close();
    }

    @Test
    void onlySandboxSubmissionsAreOfferedForSendingToAnAccount() {
        long sandbox = kit.outbox().submit(Profile.SANDBOX_ID, SampleRequests.newCandidate("Ana Li",
                "ana@example.com", "job-1")).localId();
        long real = kit.outbox().submit("p1", SampleRequests.newCandidate("Bo Chen", "bo@example.com", "job-2"))
                .localId();
        vm.open();
        HistoryEntry sandboxRow = row(sandbox);
        HistoryEntry realRow = row(real);

        assertTrue(HistoryViewModel.canSendToAccount(List.of(sandboxRow)));
        assertFalse(HistoryViewModel.canSendToAccount(List.of(realRow)));

        vm.sendToAccount(List.of(realRow));
        assertTrue(requests.isEmpty(), "nothing to send for an account's own submission");
        vm.sendToAccount(List.of(realRow, sandboxRow));
        assertEquals(List.of(new HistoryViewModel.SendToAccount(List.of(sandbox))), requests);
    }

    @Test
    void aSentToNoteIsKeptWithTheSandboxSubmission() {
        long sandbox = kit.outbox().submit(Profile.SANDBOX_ID, SampleRequests.newCandidate("Ana Li",
                "ana@example.com", "job-1")).localId();
        SubmissionNotes notes = new SubmissionNotes(kit.database(), Clock.fixed(kit.now(), ZoneOffset.UTC));

        notes.add(sandbox, SubmissionNotes.SENT_TO, "Sent to Acme ATS as #2.");

        assertEquals(List.of("Sent to Acme ATS as #2."), notes.of(sandbox).stream().map(n -> n.text()).toList());
        assertTrue(notes.of(sandbox + 1).isEmpty());
        assertTrue(notes.has(sandbox, SubmissionNotes.SENT_TO));
        assertFalse(notes.has(sandbox + 1, SubmissionNotes.SENT_TO));

        vm.setNotes(localId -> notes.of(localId).stream().map(SubmissionNotes.Note::text).toList());
        vm.open();
        vm.selectedProperty().set(row(sandbox));
        assertEquals("Sent to Acme ATS as #2.", vm.notesProperty().get(), "history shows where it was sent");
    }

    private HistoryEntry row(long id) {
        return vm.rows().stream().filter(e -> e.localId() == id).findFirst().orElseThrow();
    }
}
