package dev.intake.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.Json;
import dev.intake.common.BackgroundTask;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.common.TaskExecutor;
import dev.intake.outbox.OutboxTestKit;
import dev.intake.store.SubmissionState;
import dev.intake.store.DraftStore;
import dev.intake.store.HistoryEntry;
import dev.intake.store.HistoryLabels;
import dev.intake.store.HistorySort;
import dev.intake.store.SqliteDraftStore;
import dev.intake.testing.SampleRequests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryViewModelTest {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.intake.messages");

    @TempDir
    Path dir;
    private OutboxTestKit kit;
    private ImmediateTaskExecutor executor;
    private HistoryViewModel vm;
    private final List<HistoryViewModel.Request> requests = new ArrayList<>();

    @BeforeEach
    void open() {
        kit = new OutboxTestKit(dir.resolve("data"));
        executor = new ImmediateTaskExecutor();
        vm = newViewModel(executor);
    }

    private HistoryViewModel newViewModel(TaskExecutor taskExecutor) {
        HistoryViewModel model = new HistoryViewModel(kit.store(), new SqliteDraftStore(kit.database()),
                kit.outbox(), taskExecutor, Clock.fixed(kit.now(), ZoneOffset.UTC), MESSAGES);
        model.setRequestHandler(requests::add);
        return model;
    }

    @AfterEach
    void close() {
        vm.close();
        kit.close();
    }

    private long submit(String name, String email, String job) {
        return kit.outbox().submit("p1", SampleRequests.newCandidate(name, email, job)).localId();
    }

    private List<String> names() {
        return vm.rows().stream().map(HistoryEntry::candidateName).toList();
    }

    private HistoryEntry row(long id) {
        return vm.rows().stream().filter(e -> e.localId() == id).findFirst().orElseThrow();
    }

    @Test
    void opensNewestFirstWithTheCount() {
        submit("Ana Li", "ana@example.com", "job-1");
        submit("Bo Chen", "bo@example.com", "job-2");
        vm.open();

        assertEquals(List.of("Bo Chen", "Ana Li"), names());
        assertEquals(2, vm.totalProperty().get());
        assertFalse(vm.loadingProperty().get());
        assertFalse(vm.moreAvailableProperty().get());
    }

    @Test
    void searchWaitsForAPauseInTypingThenQueriesOnce() {
        submit("Ana Li", "ana@example.com", "job-1");
        submit("Anatole Roy", "roy@example.com", "job-1");
        submit("Bo Chen", "bo@example.com", "job-2");
        vm.open();

        vm.searchTextProperty().set("a");
        vm.searchTextProperty().set("an");
        vm.searchTextProperty().set("ana");
        assertEquals(3, vm.rows().size(), "nothing runs while the user is typing");
        assertEquals(1, executor.pendingDelayed(), "each keystroke replaces the pending search");

        executor.runDelayed();
        assertEquals(List.of("Anatole Roy", "Ana Li"), names());
        assertEquals(2, vm.totalProperty().get());

        vm.searchTextProperty().set("ana li");
        executor.runDelayed();
        assertEquals(List.of("Ana Li"), names());
    }

    @Test
    void statusDateProfileAndSortFilterTheList() {
        long rejected = submit("Ana Li", "ana@example.com", "job-closed");
        kit.runOutbox();
        submit("Bo Chen", "bo@example.com", "job-2");
        kit.outbox().submit("p2", SampleRequests.newCandidate("Cy Dune", "cy@example.com", "job-3"));
        vm.open();

        vm.statusFilterProperty().set(HistoryViewModel.StatusFilter.NEEDS_ATTENTION);
        assertEquals(List.of("Ana Li"), names());
        assertEquals(SubmissionState.REJECTED, row(rejected).state());
        vm.statusFilterProperty().set(HistoryViewModel.StatusFilter.PENDING);
        assertEquals(List.of("Cy Dune", "Bo Chen"), names());
        vm.statusFilterProperty().set(HistoryViewModel.StatusFilter.ALL);

        vm.profileIdProperty().set("p2");
        assertEquals(List.of("Cy Dune"), names());
        vm.profileIdProperty().set("");

        LocalDate today = LocalDate.ofInstant(kit.now(), ZoneOffset.UTC);
        vm.fromDateProperty().set(today.plusDays(1));
        assertEquals(List.of(), names());
        vm.fromDateProperty().set(today);
        vm.toDateProperty().set(today);
        assertEquals(3, names().size(), "both ends of the range are whole days");

        vm.sortProperty().set(HistorySort.CANDIDATE);
        vm.descendingProperty().set(false);
        assertEquals(List.of("Ana Li", "Bo Chen", "Cy Dune"), names());
    }

    @Test
    void pagesThroughALongHistory() {
        List<dev.intake.store.NewSubmission> many = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            many.add(new dev.intake.store.NewSubmission("p1",
                    SampleRequests.newCandidate("Person " + i, "p" + i + "@example.com", "job-1"),
                            HistoryLabels.NONE, kit.now()));
        }
        kit.store().insertAll(many);
        vm.open();

        assertEquals(200, vm.rows().size());
        assertTrue(vm.moreAvailableProperty().get());
        assertEquals(450, vm.totalProperty().get());
        vm.loadMore();
        vm.loadMore();
        assertEquals(450, vm.rows().size());
        assertFalse(vm.moreAvailableProperty().get());
        assertEquals(450, vm.rows().stream().map(HistoryEntry::localId).distinct().count());
        assertEquals("Person 0", vm.rows().getLast().candidateName());
    }

    @Test
    void detailsShowWhereTheApplicationItsNoteAndEachDocumentStand() {
        kit.ats().failFollowUps(dev.intake.outbox.OutboxTestKit.httpError(422));
        long id = kit.outbox().submit("p1", SampleRequests.newCandidate("Ana Li", "ana@example.com", "job-1"),
                dev.intake.store.HistoryLabels.NONE, new dev.intake.outbox.SubmitOptions("event:fair-1", null,
                        "Met at the booth", false, List.of(new dev.intake.store.DocumentUpload("cv.pdf", "pdf", null,
                                new byte[] {1})))).submission().localId();
        long plain = submit("Bo Chen", "bo@example.com", "job-1");
        kit.runOutbox();
        vm.open();

        vm.selectedProperty().set(row(id));

        assertEquals(String.join("\n", "Application: Created",
                "Note: failed, add it in the ATS by hand (HTTP 422: Scripted 422)", "Document cv.pdf: sent"),
                vm.partsProperty().get());
        vm.selectedProperty().set(row(plain));
        assertEquals("", vm.partsProperty().get(), "only the application: its state shows in the list");
    }

    @Test
    void detailsShowTheRequestAndResponseJson() throws Exception {
        long id = submit("Ana Li", "ana@example.com", "job-1");
        kit.runOutbox();
        vm.open();

        vm.selectedProperty().set(row(id));

        JsonNode request = Json.mapper().readTree(vm.requestJsonProperty().get());
        assertEquals("ana@example.com", request.path("candidate").path("email").asText());
        JsonNode response = Json.mapper().readTree(vm.responseJsonProperty().get());
        assertEquals(row(id).applicationId(), response.path("data").path("id").asText());
        assertEquals(SubmissionState.CREATED, vm.detailsProperty().get().state());
        vm.selectedProperty().set(null);
        assertEquals("", vm.requestJsonProperty().get());
    }

    @Test
    void retryOfAWaitingSubmissionSendsItAndTheListFollows() {
        kit.ats().failCreates(dev.intake.outbox.OutboxTestKit.notConnected());
        long id = submit("Ana Li", "ana@example.com", "job-1");
        kit.runOutbox();
        vm.open();
        assertTrue(HistoryViewModel.canRetry(row(id)));

        vm.retry(row(id));
        kit.runOutbox();
        executor.runDelayed();

        assertEquals(SubmissionState.CREATED, row(id).state());
        assertEquals("Sending again now.", vm.messageProperty().get());
    }

    @Test
    void anUnknownOutcomeCanBeSentAgainOnlyOnceTheAtsWasAsked() {
        kit.ats().failCreates(dev.intake.outbox.OutboxTestKit.lostBeforeCreate());
        long id = submit("Ana Li", "ana@example.com", "job-1");
        kit.runOutbox();
        vm.open();
        assertFalse(HistoryDecisions.needsDecision(row(id)), "not before the ATS was asked");

        id = unconfirmed("Bo Chen", "bo@example.com");
        vm.open();
        assertTrue(HistoryDecisions.needsDecision(row(id)));

        vm.decisions().decide(HistoryDecisions.Decision.SEND_AGAIN, row(id));
        kit.runOutbox();
        executor.runDelayed();

        assertEquals(SubmissionState.CREATED, row(id).state());
        assertEquals(1, kit.ats().applications().size(), "Bo Chen's, sent again by the person's decision");
    }

    /** A submission whose create lost its answer, checked with the ATS until it waits for a person's decision. */
    private long unconfirmed(String name, String email) {
        kit.ats().failCreates(OutboxTestKit.lostBeforeCreate());
        long id = submit(name, email, "job-1");
        for (int check = 0; check < 20; check++) {
            kit.runOutbox();
            var s = kit.store().get(id).orElseThrow();
            if (s.nextAttemptAt() == null) {
                break;
            }
            kit.advance(Duration.between(kit.now(), s.nextAttemptAt()));
        }
        assertEquals(SubmissionState.OUTCOME_UNKNOWN, kit.store().get(id).orElseThrow().state());
        return id;
    }

    @Test
    void markingOneAsCreatedSettlesItWithoutSendingAndHistorySaysSo() {
        long id = unconfirmed("Ana Li", "ana@example.com");
        vm.open();
        HistoryDecisions decisions = vm.decisions();
        assertEquals(1, decisions.unconfirmedProperty().get());
        assertTrue(decisions.question(HistoryDecisions.Decision.MARK_CREATED, row(id))
                .startsWith("Mark the application of Ana Li as created?"));

        decisions.decide(HistoryDecisions.Decision.MARK_CREATED, row(id));

        assertEquals(SubmissionState.CREATED, row(id).state());
        assertTrue(HistoryDecisions.markedByUser(row(id)));
        assertTrue(row(id).errorMessage().startsWith("Marked as created by you at "), row(id).errorMessage());
        assertEquals("Marked as created by you.", vm.messageProperty().get());
        assertEquals(0, decisions.unconfirmedProperty().get());
        kit.runOutbox();
        assertEquals(0, kit.ats().applications().size(), "never sent again");
    }

    @Test
    void sendAgainWarnsOfADuplicateBeforeSending() {
        long id = unconfirmed("Ana Li", "ana@example.com");
        vm.open();

        String question = vm.decisions().question(HistoryDecisions.Decision.SEND_AGAIN, row(id));

        assertTrue(question.startsWith("Send the application of Ana Li again?"), question);
        assertTrue(question.contains("The ATS may already have it"), question);
        assertTrue(question.contains("may create a duplicate"), question);
        assertEquals(SubmissionState.OUTCOME_UNKNOWN, row(id).state(), "asking changes nothing");
    }

    @Test
    void decidingForAllUnconfirmedSaysHowManyAndLeavesTheOthersAlone() {
        long a = unconfirmed("Ana Li", "ana@example.com");
        long b = unconfirmed("Bo Chen", "bo@example.com");
        kit.ats().failCreates(OutboxTestKit.notConnected());
        long waiting = submit("Cy Dune", "cy@example.com", "job-2");
        kit.runOutbox();
        vm.open();
        HistoryDecisions decisions = vm.decisions();
        assertEquals(2, decisions.unconfirmedProperty().get(), "only those waiting for a decision");
        String question = decisions.questionForAll(HistoryDecisions.Decision.SEND_AGAIN);
        assertTrue(question.startsWith("Send all 2 unconfirmed applications again?"), question);
        assertTrue(question.contains("may create duplicates"), question);
        assertTrue(decisions.questionForAll(HistoryDecisions.Decision.MARK_CREATED)
                .startsWith("Mark all 2 unconfirmed applications as created?"));

        decisions.decideForAll(HistoryDecisions.Decision.SEND_AGAIN);
        assertEquals("2 applications will be sent again.", vm.messageProperty().get());
        kit.runOutbox();
        executor.runDelayed();

        assertEquals(SubmissionState.CREATED, row(a).state());
        assertEquals(SubmissionState.CREATED, row(b).state());
        assertEquals(SubmissionState.WAITING_TO_RETRY, row(waiting).state());
        assertEquals(0, decisions.unconfirmedProperty().get());
    }

    @Test
    void markingAllAsCreatedSendsNothing() {
        long a = unconfirmed("Ana Li", "ana@example.com");
        long b = unconfirmed("Bo Chen", "bo@example.com");
        vm.open();

        vm.decisions().decideForAll(HistoryDecisions.Decision.MARK_CREATED);
        kit.runOutbox();

        assertEquals("2 applications marked as created by you.", vm.messageProperty().get());
        assertTrue(HistoryDecisions.markedByUser(row(a)));
        assertTrue(HistoryDecisions.markedByUser(row(b)));
        assertEquals(0, kit.ats().applications().size(), "nothing sent again");
    }

    @Test
    void editAndNewApplicationAskTheWizardWithTheRightData() {
        long rejected = submit("Ana Li", "ana@example.com", "job-closed");
        long existing = kit.outbox().submit("p1", SampleRequests.existingCandidate("cand-4", "job-2")).localId();
        kit.runOutbox();
        vm.open();

        assertTrue(HistoryViewModel.canEdit(row(rejected)));
        vm.editAndResubmit(row(rejected));
        vm.newApplicationForCandidate(row(rejected));
        vm.newApplicationForCandidate(row(existing));

        var edit = assertInstanceOf(HistoryViewModel.EditAndResubmit.class, requests.get(0));
        assertEquals(rejected, edit.submission().localId());
        assertEquals("job-closed", edit.submission().request().jobId());
        var forNew = assertInstanceOf(HistoryViewModel.NewApplicationFor.class, requests.get(1));
        assertEquals("ana@example.com", forNew.candidate().email());
        assertNull(forNew.candidateId());
        var forExisting = assertInstanceOf(HistoryViewModel.NewApplicationFor.class, requests.get(2));
        assertEquals("cand-4", forExisting.candidateId());
        assertEquals("p1", forExisting.profileId());
    }

    @Test
    void copyIdsGivesTheAtsIdsOfCreatedOnes() {
        long created = submit("Ana Li", "ana@example.com", "job-1");
        kit.runOutbox();
        submit("Bo Chen", "bo@example.com", "job-2");
        vm.open();

        HistoryEntry entry = row(created);
        assertEquals(entry.applicationId() + " (" + entry.remoteApplicationId() + ")",
                HistoryViewModel.idsText(vm.rows()));
    }

    @Test
    void deleteRemovesTheSelectedOnes() {
        long a = submit("Ana Li", "ana@example.com", "job-1");
        submit("Bo Chen", "bo@example.com", "job-2");
        vm.open();

        vm.delete(List.of(row(a)));

        assertEquals(List.of("Bo Chen"), names());
        assertEquals("1 submission deleted.", vm.messageProperty().get());
    }

    @Test
    void deleteKeepsWhatTheAtsMayAlreadyHaveAndSaysWhy() {
        long created = submit("Ana Li", "ana@example.com", "job-1");
        kit.runOutbox();
        kit.ats().failCreates(OutboxTestKit.lostBeforeCreate());
        long unknown = submit("Bo Chen", "bo@example.com", "job-2");
        kit.runOutbox();
        kit.ats().failCreates(OutboxTestKit.httpError(500));
        long mayExist = submit("Cy Dune", "cy@example.com", "job-3");
        kit.runOutbox();
        vm.open();
        assertEquals(SubmissionState.OUTCOME_UNKNOWN, row(unknown).state());
        assertEquals(SubmissionState.OUTCOME_UNKNOWN, row(mayExist).state());

        vm.delete(List.of(row(created), row(unknown), row(mayExist)));

        assertEquals(List.of("Cy Dune", "Bo Chen"), names());
        assertEquals("1 submission deleted. 2 were kept: the ATS may already have them, since they were sent without"
                + " a clear answer. Decide first (Mark as created, or Send again), or wait until Intake has checked"
                + " with the ATS.", vm.messageProperty().get());

        vm.delete(List.of(row(unknown)));
        assertEquals(List.of("Cy Dune", "Bo Chen"), names());
        assertTrue(vm.messageProperty().get().startsWith("Nothing deleted. One was kept: the ATS may already have it"),
                vm.messageProperty().get());
    }

    @Test
    void exportWritesCsvAndJsonForTheSelectionOrEverything() throws Exception {
        long a = kit.outbox().submit("p1", SampleRequests.newCandidate("Ana Li", "ana@example.com", "job-1"),
                HistoryLabels.job("Warehouse Lead")).localId();
        kit.runOutbox();
        submit("=HYPERLINK(\"x\"), Bo", "bo@example.com", "job-2");
        vm.open();

        Path csv = dir.resolve("out/history.csv");
        vm.export(List.of(), HistoryExport.Format.CSV, csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).endsWith(String.join(",", HistoryExport.CSV_COLUMNS)));
        assertTrue(lines.get(1).contains(",created,p1,Ana Li,ana@example.com,,job-1,Warehouse Lead,"
                + row(a).applicationId()), lines.get(1));
        assertTrue(lines.get(2).contains(",job-2,,"), "no title known: " + lines.get(2));
        assertTrue(lines.get(2).contains(",\"'=HYPERLINK(\"\"x\"\"), Bo\","), lines.get(2));
        assertEquals("2 submissions exported to " + csv + ".", vm.messageProperty().get());

        Path json = dir.resolve("out/selected.json");
        vm.export(List.of(row(a)), HistoryExport.Format.JSON, json);
        JsonNode exported = Json.mapper().readTree(json.toFile());
        assertEquals(1, exported.size());
        assertEquals("created", exported.path(0).path("state").asText());
        assertEquals("Warehouse Lead", exported.path(0).path("job_title").asText());
        assertEquals("ana@example.com", exported.path(0).path("request").path("candidate").path("email").asText());
        assertEquals(row(a).applicationId(), exported.path(0).path("response").path("data").path("id").asText());
        try (var files = Files.list(dir.resolve("out"))) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void retentionRemovesOldSettledDataAndKeepsWhatIsStillBeingSent() {
        SqliteDraftStore drafts = new SqliteDraftStore(kit.database());
        long old = submit("Ana Li", "ana@example.com", "job-1");
        kit.runOutbox();
        kit.ats().failCreates(dev.intake.outbox.OutboxTestKit.notConnected());
        long oldWaiting = submit("Bo Chen", "bo@example.com", "job-1");
        kit.runOutbox();
        drafts.save(new DraftStore.Draft("d-old", "p1", kit.now(), "{\"email\":\"x@example.com\"}"));
        kit.advance(Duration.ofDays(40));
        long recent = submit("Cy Dune", "cy@example.com", "job-1");
        vm.close();
        vm = newViewModel(executor);
        vm.open();

        vm.purgeOlderThan(30);

        assertEquals(List.of(recent, oldWaiting), vm.rows().stream().map(HistoryEntry::localId).toList());
        assertFalse(vm.rows().stream().anyMatch(e -> e.localId() == old));
        assertTrue(drafts.unfinished().isEmpty());
        assertEquals("2 items older than 30 days removed.", vm.messageProperty().get());
    }

    @Test
    void forgetTheCandidateRemovesTheirSubmissionsAndDrafts() {
        SqliteDraftStore drafts = new SqliteDraftStore(kit.database());
        long a = submit("Ana Li", "ana@example.com", "job-1");
        submit("Ana Li", "ANA@example.com", "job-2");
        submit("Bo Chen", "bo@example.com", "job-2");
        drafts.save(new DraftStore.Draft("d1", "p1", kit.now(), "{\"candidate\":{\"email\":\"ana@example.com\"}}"));
        drafts.save(new DraftStore.Draft("d2", "p1", kit.now(), "{\"candidate\":{\"email\":\"bo@example.com\"}}"));
        vm.open();

        vm.forgetCandidate(row(a));

        assertEquals(List.of("Bo Chen"), names());
        assertEquals(List.of("d2"), drafts.unfinished().stream().map(DraftStore.Draft::id).toList());
        assertEquals("3 submissions and drafts removed.", vm.messageProperty().get());
    }

    @Test
    void anOlderAnswerNeverReplacesANewerOne() {
        submit("Ana Li", "ana@example.com", "job-1");
        submit("Bo Chen", "bo@example.com", "job-2");
        DeferredExecutor deferred = new DeferredExecutor();
        vm.close();
        vm = newViewModel(deferred);
        vm.open();
        deferred.runAll();

        vm.searchTextProperty().set("ana");
        deferred.runDelayed();
        vm.searchTextProperty().set("bo");
        deferred.runDelayed();
        deferred.runLastFirst();

        assertEquals(List.of("Bo Chen"), names());
    }

    /** Runs background work only when told, in the order the test chooses. */
    private static final class DeferredExecutor implements TaskExecutor {
        private final List<Runnable> work = new ArrayList<>();
        private final ImmediateTaskExecutor timers = new ImmediateTaskExecutor();

        @Override
        public <T> BackgroundTask<T> wrap(Callable<T> callable) {
            return new BackgroundTask<>(callable, runnable -> {
                work.add(runnable);
                return () -> { };
            }, this);
        }

        @Override
        public void runOnUi(Runnable action) {
            action.run();
        }

        @Override
        public Cancellable runOnUiAfter(Duration delay, Runnable action) {
            return timers.runOnUiAfter(delay, action);
        }

        void runDelayed() {
            timers.runDelayed();
        }

        void runAll() {
            while (!work.isEmpty()) {
                work.removeFirst().run();
            }
        }

        void runLastFirst() {
            while (!work.isEmpty()) {
                work.removeLast().run();
            }
        }
    }
}
