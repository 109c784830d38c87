package dev.intake.fair.quick;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.common.HeldTaskExecutor;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.fair.capture.Capture;
import dev.intake.fair.capture.CaptureCounts;
import dev.intake.fair.capture.FairJobs;
import dev.intake.fair.capture.RecordingCaptureStore;
import dev.intake.form.Messages;
import dev.intake.store.DraftStore;
import dev.intake.testing.MutableClock;
import dev.intake.wizard.fakes.InMemoryDraftStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuickEntryViewModelTest {
    private final RecordingCaptureStore store = new RecordingCaptureStore();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-14T09:30:00Z"));

    private final ImmediateTaskExecutor executor = new ImmediateTaskExecutor();

    private QuickEntryViewModel quickEntry(boolean consentRequired) {
        QuickEntryViewModel vm = new QuickEntryViewModel(FairJobs.setup(consentRequired), store, new InMemoryDraftStore(),
                executor, Messages.load(), clock);
        vm.start();
        return vm;
    }

    private static void type(QuickEntryViewModel vm, String first, String last, String email) {
        vm.firstName().set(first);
        vm.lastName().set(last);
        vm.email().set(email);
    }

    @Test
    void savingEmptiesTheVisitorKeepsTheJobAndAsksForFocusInFirstName() {
        QuickEntryViewModel vm = quickEntry(false);
        vm.jobQueryProperty().set("back");
        assertTrue(vm.takeTopMatch());
        type(vm, "Ada", "Lovelace", "ada@example.com");
        vm.phone().set("+49 151 1234567");
        vm.rate(3);
        vm.note().set("Knows Rust");

        vm.save();

        Capture saved = store.saved.getFirst();
        assertEquals("Ada Lovelace", saved.fullName());
        assertEquals(FairJobs.BACKEND, saved.job());
        assertEquals(3, saved.rating());
        assertEquals("Knows Rust", saved.note());
        assertEquals("+49 151 1234567", saved.phone());
        assertEquals(clock.instant(), saved.capturedAt());
        assertEquals("", vm.firstName().get());
        assertEquals("", vm.email().get());
        assertEquals(0, vm.rating().get());
        assertNull(vm.firstName().message(), "an emptied form greets the next visitor without errors");
        assertEquals(FairJobs.BACKEND, vm.job().get(), "the job stays for the next visitor");
        assertEquals(QuickField.FIRST_NAME, vm.focusRequestProperty().get());
        assertEquals(new CaptureCounts(1, 1, 0), vm.countsProperty().get());
        assertEquals(QuickEntryViewModel.NoticeKind.SAVED, vm.noticeKindProperty().get());
        assertTrue(vm.noticeProperty().get().contains("Ada Lovelace"));
    }

    @Test
    void missingNamesOrABadEmailAreNamedAndFocusGoesToTheFirst() {
        QuickEntryViewModel vm = quickEntry(false);
        vm.pickJob(FairJobs.DESIGNER);
        type(vm, "Ada", "", "ada@");

        vm.save();

        assertTrue(store.saved.isEmpty());
        assertEquals(QuickField.LAST_NAME, vm.focusRequestProperty().get());
        assertTrue(vm.lastName().message().startsWith("Last name is required"));
        assertTrue(vm.email().message().contains("not an email address"));
        assertEquals("Ada", vm.firstName().get(), "nothing typed is dropped");
    }

    @Test
    void aBadPhoneIsRefusedWithItsFix() {
        QuickEntryViewModel vm = quickEntry(false);
        vm.pickJob(FairJobs.DESIGNER);
        type(vm, "Ada", "Lovelace", "ada@example.com");
        vm.phone().set("0151 abc");

        vm.save();

        assertTrue(store.saved.isEmpty());
        assertEquals(QuickField.PHONE, vm.focusRequestProperty().get());
        assertTrue(vm.phone().message().startsWith("Phone number: use only digits"));
    }

    @Test
    void withoutAJobNothingIsSaved() {
        QuickEntryViewModel vm = quickEntry(false);
        type(vm, "Ada", "Lovelace", "ada@example.com");

        vm.save();

        assertTrue(store.saved.isEmpty());
        assertEquals(QuickField.JOB, vm.focusRequestProperty().get());
    }

    @Test
    void whereConsentIsRequiredSavingWithoutItIsRefusedAtTheCheckbox() {
        QuickEntryViewModel vm = quickEntry(true);
        vm.pickJob(FairJobs.NURSE);
        type(vm, "Ada", "Lovelace", "ada@example.com");

        vm.save();

        assertTrue(store.saved.isEmpty());
        assertEquals(QuickField.CONSENT, vm.focusRequestProperty().get());
        assertTrue(vm.consent().message().startsWith("Consent is required"));
        vm.consent().set(true);
        vm.save();
        assertEquals(1, store.saved.size());
        assertTrue(store.saved.getFirst().consent());
    }

    @Test
    void typeAheadFindsJobsByTitleWordOrCodeAndTakesTheTopMatch() {
        QuickEntryViewModel vm = quickEntry(false);
        vm.jobQueryProperty().set("nurse");
        assertEquals(List.of(FairJobs.NURSE), vm.jobMatches());
        vm.jobQueryProperty().set("ux");
        assertEquals(FairJobs.DESIGNER, vm.jobMatches().getFirst());
        assertTrue(vm.takeTopMatch());
        assertEquals(FairJobs.DESIGNER, vm.job().get());
        assertEquals("Product Designer (UX-3)", vm.jobQueryProperty().get());
        vm.jobQueryProperty().set("zzz");
        assertTrue(vm.jobMatches().isEmpty());
        assertFalse(vm.takeTopMatch());
        assertTrue(vm.job().message().startsWith("No job of this event matches"));
        vm.save();
        assertTrue(store.saved.isEmpty(), "a text that matches no job is not saved as the job kept before");
    }

    @Test
    void ratingTakesOneToFourAndZeroClears() {
        QuickEntryViewModel vm = quickEntry(false);
        vm.rate(4);
        assertEquals(4, vm.rating().get());
        vm.rate(7);
        assertEquals(4, vm.rating().get());
        vm.rate(0);
        assertEquals(0, vm.rating().get());
    }

    @Test
    void theSameEmailAtThisEventAsksOnceAndSameMeansNoNewPerson() {
        QuickEntryViewModel vm = quickEntry(false);
        vm.pickJob(FairJobs.BACKEND);
        type(vm, "Ada", "Lovelace", "ada@example.com");
        vm.save();
        type(vm, "Ada", "King", " ADA@example.com ");

        vm.save();

        assertEquals(1, store.saved.size(), "asks before saving");
        assertNotNull(vm.samePersonOfferProperty().get());
        assertTrue(vm.samePersonQuestion().contains("Ada Lovelace"));
        vm.save();
        assertEquals(2, store.saved.size());
        assertEquals(store.saved.getFirst().id(), store.saved.get(1).samePersonAs());
        assertEquals(1, vm.countsProperty().get().captured(), "still one visitor");
    }

    @Test
    void twoPeopleMayShareAnEmail() {
        QuickEntryViewModel vm = quickEntry(false);
        vm.pickJob(FairJobs.BACKEND);
        type(vm, "Ada", "Lovelace", "family@example.com");
        vm.save();
        type(vm, "Bob", "Lovelace", "family@example.com");
        vm.save();
        vm.saveAsNewPerson();
        assertEquals(2, store.saved.size());
        assertNull(store.saved.get(1).samePersonAs());
        assertEquals(2, vm.countsProperty().get().captured());
    }

    @Test
    void emailsCapturedInAnEarlierSessionAreRecognised() {
        QuickEntryViewModel first = quickEntry(false);
        first.pickJob(FairJobs.BACKEND);
        type(first, "Ada", "Lovelace", "ada@example.com");
        first.save();

        QuickEntryViewModel later = quickEntry(false);
        later.pickJob(FairJobs.NURSE);
        type(later, "Ada", "Lovelace", "ada@example.com");
        later.save();

        assertNotNull(later.samePersonOfferProperty().get());
        assertEquals(1, later.countsProperty().get().captured());
    }

    @Test
    void escClearsAndUndoPutsEverythingBack() {
        QuickEntryViewModel vm = quickEntry(false);
        vm.pickJob(FairJobs.BACKEND);
        type(vm, "Ada", "Lovelace", "ada@example.com");
        vm.rate(2);
        vm.note().set("Met at the stand");

        vm.clear();
        assertEquals("", vm.firstName().get());
        assertTrue(vm.undoAvailableProperty().get());
        vm.undoClear();

        assertEquals("Ada", vm.firstName().get());
        assertEquals("ada@example.com", vm.email().get());
        assertEquals(2, vm.rating().get());
        assertEquals("Met at the stand", vm.note().get());
        assertFalse(vm.undoAvailableProperty().get());
    }

    @Test
    void aWriteThatFailsKeepsTheCaptureAndRetryWritesItOnceUnderItsId() {
        QuickEntryViewModel vm = quickEntry(false);
        vm.pickJob(FairJobs.BACKEND);
        store.failure = new IllegalStateException("disk full");
        type(vm, "Ada", "Lovelace", "ada@example.com");

        vm.save();

        assertEquals(QuickEntryViewModel.NoticeKind.PROBLEM, vm.noticeKindProperty().get());
        assertTrue(vm.noticeProperty().get().contains("disk full"));
        assertEquals(1, vm.unsaved().size());
        String id = vm.unsaved().getFirst().id();
        store.failure = null;
        vm.retryUnsaved();
        vm.retryUnsaved();
        assertEquals(List.of(id), new ArrayList<>(store.saved.stream().map(Capture::id).toList()));
        assertTrue(vm.unsaved().isEmpty());
    }

    @Test
    void aBadgeScanIntoFirstNameFillsWhatIsEmptyNeverWhatWasTypedAndMovesToJob() {
        QuickEntryViewModel vm = quickEntry(false);
        vm.email().set("typed@example.com");
        vm.firstName().set("BEGIN:VCARD\nVERSION:3.0\nN:Lovelace;Ada;;;\nFN:Ada Lovelace\nORG:Analytical Engines\n"
                + "EMAIL:ada@badge.example\nTEL:+44 7700 900123\nEND:VCARD");
        executor.runDelayed();

        assertEquals("Ada", vm.firstName().get());
        assertEquals("Lovelace", vm.lastName().get());
        assertEquals("typed@example.com", vm.email().get(), "what staff typed stays");
        assertEquals("+44 7700 900123", vm.phone().get());
        assertTrue(vm.note().get().contains("Analytical Engines"));
        assertEquals(QuickField.JOB, vm.focusRequestProperty().get());
    }

    // What is typed is kept as the event's draft, and a saved visitor stays in it until the capture is on disk.

    private final InMemoryDraftStore drafts = new InMemoryDraftStore();

    private QuickEntryViewModel quickEntry(HeldTaskExecutor held) {
        QuickEntryViewModel vm = new QuickEntryViewModel(FairJobs.setup(false), store, drafts, held, Messages.load(),
                clock);
        vm.start();
        held.runAll();
        return vm;
    }

    private QuickEntryViewModel quickEntryOnDrafts() {
        QuickEntryViewModel vm = new QuickEntryViewModel(FairJobs.setup(false), store, drafts, executor,
                Messages.load(), clock);
        vm.start();
        return vm;
    }

    private Optional<String> draft() {
        return drafts.find(DraftStore.quickEntryId("ev-berlin")).map(DraftStore.Draft::json);
    }

    @Test
    void whatIsTypedIsOnDiskShortlyAfterAndTheDraftIsNoUnfinishedApplication() {
        HeldTaskExecutor held = new HeldTaskExecutor();
        QuickEntryViewModel vm = quickEntry(held);
        vm.pickJob(FairJobs.BACKEND);
        type(vm, "Ada", "Lovelace", "ada@example.com");
        assertTrue(draft().isEmpty(), "written after a short wait, not at each key");

        held.runDelayed();
        held.runAll();

        assertTrue(draft().orElseThrow().contains("ada@example.com"));
        assertTrue(drafts.unfinished().isEmpty(), "the wizard never offers it as an unfinished application");
    }

    /** Lets the held writes run one at a time, checking {@code check} after each. */
    private static void whileWriting(HeldTaskExecutor held, Runnable check) {
        while (held.held() > 0) {
            held.runNext();
            check.run();
        }
    }

    /** Ada is on disk: as her capture, or in the draft. */
    private void assertAdaOnDisk() {
        boolean captured = store.saved.stream().anyMatch(c -> c.email().equals("ada@example.com"));
        boolean drafted = draft().map(json -> json.contains("ada@example.com")).orElse(false);
        assertTrue(captured || drafted, "Ada is on disk as her capture or in the draft");
    }

    @Test
    void aSavedVisitorStaysInTheDraftUntilTheCaptureIsOnDiskWhileTheNextOneIsTyped() {
        HeldTaskExecutor held = new HeldTaskExecutor();
        QuickEntryViewModel vm = quickEntry(held);
        vm.pickJob(FairJobs.BACKEND);
        type(vm, "Ada", "Lovelace", "ada@example.com");
        held.runDelayed();
        held.runAll();

        vm.save();
        assertEquals("", vm.firstName().get(), "the form is free for the next visitor at once");
        type(vm, "Grace", "Hopper", "grace@example.com");
        held.runDelayed();

        assertEquals(1, held.held(), "only the capture is being written; the draft waits for it");
        assertTrue(draft().orElseThrow().contains("ada@example.com"), "Ada is on disk as the draft");
        whileWriting(held, () -> assertAdaOnDisk());

        assertFalse(draft().orElseThrow().contains("ada@example.com"));
        assertTrue(draft().orElseThrow().contains("grace@example.com"), "what was typed during the save is kept");
        assertEquals("Grace", vm.firstName().get());
    }

    @Test
    void aVisitorSavedBeforeTheDraftWasWrittenGoesIntoTheDraftBeforeTheCapture() {
        HeldTaskExecutor held = new HeldTaskExecutor();
        QuickEntryViewModel vm = quickEntry(held);
        vm.pickJob(FairJobs.BACKEND);
        type(vm, "Ada", "Lovelace", "ada@example.com");

        vm.save();
        held.runNext();

        assertTrue(store.saved.isEmpty(), "the capture is still being written");
        assertTrue(draft().map(json -> json.contains("ada@example.com")).orElse(false),
                "Ada is in the draft before her capture");
        whileWriting(held, () -> assertAdaOnDisk());
        assertEquals(1, store.saved.size());
        assertTrue(draft().isEmpty(), "nothing typed since: no draft left");
    }

    @Test
    void aCaptureThatCannotBeWrittenKeepsTheVisitorInTheDraftUntilRetryWritesIt() {
        QuickEntryViewModel vm = quickEntryOnDrafts();
        vm.pickJob(FairJobs.BACKEND);
        store.failure = new IllegalStateException("disk full");
        type(vm, "Ada", "Lovelace", "ada@example.com");
        executor.runDelayed();

        vm.save();
        type(vm, "Grace", "Hopper", "grace@example.com");
        executor.runDelayed();

        assertEquals(1, vm.unsaved().size());
        assertTrue(draft().orElseThrow().contains("ada@example.com"), "Ada stays on disk though her write failed");
        assertTrue(draft().orElseThrow().contains("grace@example.com"));
        store.failure = null;
        vm.retryUnsaved();
        assertFalse(draft().orElseThrow().contains("ada@example.com"));
    }

    @Test
    void whatWasBeingTypedComesBackAtTheNextStartQuietlyAndCtrlZEmptiesTheForm() {
        QuickEntryViewModel before = quickEntryOnDrafts();
        before.pickJob(FairJobs.DESIGNER);
        type(before, "Ada", "Lovelace", "ada@example.com");
        before.phone().set("+49 151 1234567");
        before.rate(3);
        before.note().set("Knows Rust");
        executor.runDelayed();

        QuickEntryViewModel after = quickEntryOnDrafts();

        assertEquals("Ada", after.firstName().get());
        assertEquals("Lovelace", after.lastName().get());
        assertEquals("ada@example.com", after.email().get());
        assertEquals("+49 151 1234567", after.phone().get());
        assertEquals(3, after.rating().get());
        assertEquals("Knows Rust", after.note().get());
        assertEquals(FairJobs.DESIGNER, after.job().get());
        assertEquals(QuickEntryViewModel.NoticeKind.RESTORED, after.noticeKindProperty().get());
        assertEquals("Restored what was being typed when Intake stopped. Ctrl+Z empties the form.",
                after.noticeProperty().get());
        assertNull(after.firstName().message(), "no error is shown for a restored form");
        assertTrue(after.undoAvailableProperty().get());

        after.undoClear();
        executor.runDelayed();
        assertEquals("", after.firstName().get());
        assertNull(after.firstName().message(), "an emptied form shows no errors either");
        assertTrue(draft().isEmpty());
    }

    @Test
    void aRestoredVisitorIsSavedUnderTheIdTheDraftKeptSoACrashAfterTheCaptureNeverSavesThemTwice() {
        QuickEntryViewModel before = quickEntryOnDrafts();
        before.pickJob(FairJobs.BACKEND);
        type(before, "Ada", "Lovelace", "ada@example.com");
        executor.runDelayed();
        String kept = draft().orElseThrow();
        before.save();
        assertEquals(1, store.saved.size());
        // As if killed after the capture committed but before the draft made way.
        drafts.save(new DraftStore.Draft(DraftStore.quickEntryId("ev-berlin"), null, clock.instant(), kept));

        QuickEntryViewModel after = quickEntryOnDrafts();

        assertEquals("", after.firstName().get(), "a visitor whose capture is on disk is not put back");
        assertTrue(draft().isEmpty());
        assertEquals(1, store.saved.size());
    }

    @Test
    void visitorsSavedButNotYetOnDiskWhenIntakeStoppedAreWrittenOnceAtTheNextStart() {
        QuickEntryViewModel before = quickEntryOnDrafts();
        before.pickJob(FairJobs.BACKEND);
        store.failure = new IllegalStateException("disk full");
        type(before, "Ada", "Lovelace", "ada@example.com");
        before.save();
        assertEquals(1, before.unsaved().size());
        store.failure = null;

        QuickEntryViewModel after = quickEntryOnDrafts();
        quickEntryOnDrafts();

        assertEquals(List.of("Ada Lovelace"), store.saved.stream().map(Capture::fullName).toList());
        assertEquals("", after.firstName().get());
        assertTrue(draft().isEmpty());
    }

    @Test
    void closingWithAVisitorTypedWritesThemAtOnceAndSaysTheyAreKept() {
        QuickEntryViewModel vm = quickEntryOnDrafts();
        assertFalse(vm.close(), "nothing typed, nothing to say");
        type(vm, "Ada", "Lovelace", "ada@example.com");

        assertTrue(vm.close());

        assertTrue(draft().orElseThrow().contains("ada@example.com"), "written without the usual wait");
    }
}
