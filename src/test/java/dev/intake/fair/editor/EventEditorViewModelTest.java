package dev.intake.fair.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Job;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.fair.capture.FairJobs;
import dev.intake.form.Messages;
import dev.intake.store.EventPack;
import dev.intake.store.FairEvent;
import dev.intake.store.KioskPin;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventEditorViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 14);
    private static final String PROFILE = "profile-1";

    private final InMemoryEvents store = new InMemoryEvents();
    private final Messages messages = Messages.load();

    private EventEditorViewModel editor(FairEvent event) {
        EventEditorViewModel vm = new EventEditorViewModel(event, store, store, new ImmediateTaskExecutor(),
                messages, new KioskPin(new SecureRandom()));
        vm.start();
        return vm;
    }

    private EventEditorViewModel newEvent() {
        return editor(EventEditorViewModel.blank(PROFILE, TODAY));
    }

    private FairEvent stored(String name, String pinHash) {
        return store.save(new FairEvent(null, name, TODAY, TODAY.plusDays(1), "Booth B12", List.of("job-2"),
                "screen", "I agree.", true, Period.ofDays(60), pinHash, PROFILE));
    }

    private static EventPack pack(String eventId, Instant fetched, List<Job> jobs) {
        return new EventPack(eventId, fetched, jobs, List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    @Test
    void aNewEventStartsEmptyOnTodayWithTheDefaults() {
        EventEditorViewModel vm = newEvent();

        assertTrue(vm.isNew());
        assertEquals("", vm.name().get());
        assertEquals("2026-05-14", vm.firstDay().get());
        assertEquals("2026-05-14", vm.lastDay().get());
        assertEquals("", vm.sourceName().get());
        assertNull(vm.defaultStatus().get());
        assertEquals("ATS default", vm.statusLabel(vm.defaultStatus().get()));
        assertEquals(FairEvent.DEFAULT_RETENTION.getDays(), vm.retentionDays().get());
        assertFalse(vm.consentRequiredProperty().get());
        assertFalse(vm.pinSet());
        assertNull(vm.name().message(), "an empty form does not greet the user with errors");
        assertEquals(EventEditorViewModel.JobsState.NO_PACK, vm.jobsStateProperty().get());
        assertEquals(messages.get("fair.editor.jobs.noPack"), vm.listPlaceholderBinding().get());
        assertEquals(messages.get("fair.editor.jobs.allOffered"), vm.shortlistNoteBinding().get());
    }

    @Test
    void theStatusesAreTheSpecsChoosableOnesAfterTheAtsDefault() {
        List<String> statuses = newEvent().statuses();
        assertNull(statuses.getFirst());
        assertTrue(statuses.containsAll(List.of("new", "screen", "interview", "hired", "rejected")));
        assertFalse(statuses.contains("unmapped_value"));
    }

    @Test
    void savingANewEventStoresWhatTheFormSays() {
        EventEditorViewModel vm = newEvent();
        vm.name().set("  Berlin Tech Fair  ");
        vm.lastDay().set("2026-05-15");
        vm.defaultStatus().set("screen");
        vm.consentText().set("I agree that Acme keeps my details.");
        vm.consentRequiredProperty().set(true);
        vm.retentionDays().set(90);

        vm.save();

        FairEvent saved = vm.savedProperty().get();
        assertNotNull(saved.id());
        assertEquals(saved, store.events.get(saved.id()));
        assertEquals("Berlin Tech Fair", saved.name());
        assertEquals("Berlin Tech Fair", saved.sourceName(), "an empty source sends the event's name");
        assertEquals(LocalDate.of(2026, 5, 15), saved.lastDay());
        assertEquals("screen", saved.defaultStatus());
        assertTrue(saved.consentRequired());
        assertEquals("I agree that Acme keeps my details.", saved.consentText());
        assertEquals(Period.ofDays(90), saved.retention());
        assertEquals(List.of(), saved.shortlistJobIds(), "nothing ticked: every open job");
        assertEquals(PROFILE, saved.profileId());
        assertNull(saved.kioskPinHash());
        assertNull(vm.problemProperty().get());
    }

    @Test
    void theSourceNameShowsTheEventsNameAsPromptAndIsSentWhenTyped() {
        EventEditorViewModel vm = newEvent();
        vm.name().set("Berlin Tech Fair");
        assertEquals("Berlin Tech Fair", vm.sourcePromptBinding().get());
        vm.sourceName().set("Booth B12");
        vm.save();
        assertEquals("Booth B12", vm.savedProperty().get().sourceName());
    }

    @Test
    void aNameIsRequiredAndAtMost255Characters() {
        EventEditorViewModel vm = newEvent();
        vm.save();
        assertEquals(messages.get("validation.required", "Name"), vm.name().message());
        assertEquals(messages.get("fair.editor.fixFields"), vm.problemProperty().get());
        assertTrue(store.saves.isEmpty());

        vm.name().set("x".repeat(256));
        assertEquals("Name: use at most 255 characters (now 256).", vm.name().message());
        vm.name().set("x".repeat(255));
        assertNull(vm.name().message());
    }

    @Test
    void aNameAnotherEventHasIsRefusedAtTheNameField() {
        stored("Berlin Tech Fair", null);
        EventEditorViewModel vm = newEvent();
        vm.name().set("berlin tech fair");

        vm.save();

        assertEquals("Another event is called \u201cberlin tech fair\u201d: choose another name.", vm.name().message());
        assertNull(vm.savedProperty().get());
        assertFalse(vm.busyProperty().get());
        vm.name().set("Berlin Tech Fair 2");
        assertNull(vm.name().message(), "editing the name clears the refusal");
        vm.save();
        assertNotNull(vm.savedProperty().get());
    }

    @Test
    void aLastDayBeforeTheFirstIsRefusedAtTheLastDay() {
        EventEditorViewModel vm = newEvent();
        vm.name().set("Berlin Tech Fair");
        vm.firstDay().set("2026-05-20");
        vm.save();
        assertEquals("Last day is before the first day: choose 2026-05-20 or a later day.", vm.lastDay().message());
        assertNull(vm.firstDay().message());
        assertNull(vm.savedProperty().get());

        vm.lastDay().set("2026-05-21");
        assertNull(vm.lastDay().message());
        vm.lastDay().set("21.05.2026");
        assertEquals(messages.get("validation.date", "Last day"), vm.lastDay().message());
    }

    @Test
    void consentRequiredNeedsAConsentText() {
        EventEditorViewModel vm = newEvent();
        vm.name().set("Berlin Tech Fair");
        vm.consentRequiredProperty().set(true);
        vm.save();
        assertEquals(messages.get("fair.editor.consentMissing"), vm.consentText().message());
        assertNull(vm.savedProperty().get());

        vm.consentRequiredProperty().set(false);
        assertNull(vm.consentText().message(), "without the switch the text may stay empty");
    }

    @Test
    void retentionIsOneToTenYearsOfDays() {
        EventEditorViewModel vm = newEvent();
        vm.retentionDays().set(0);
        vm.retentionDays().touch();
        assertEquals("Keep data: choose 1 to 3650 days.", vm.retentionDays().message());
        vm.retentionDays().set(3651);
        assertNotNull(vm.retentionDays().message());
        vm.retentionDays().set(3650);
        assertNull(vm.retentionDays().message());
    }

    @Test
    void aRetentionInMonthsStaysAsItWasUnlessTheDaysChange() {
        FairEvent event = store.save(new FairEvent(null, "Berlin Tech Fair", TODAY, TODAY, null, List.of(), null,
                null, false, Period.ofMonths(6), null, PROFILE));
        EventEditorViewModel vm = editor(event);
        assertEquals(180, vm.retentionDays().get());
        vm.save();
        assertEquals(Period.ofMonths(6), vm.savedProperty().get().retention());
    }

    @Test
    void aBlankPinKeepsTheOneTheEventHas() {
        String hash = new KioskPin(new SecureRandom()).hash("2468".toCharArray());
        EventEditorViewModel vm = editor(stored("Berlin Tech Fair", hash));
        assertTrue(vm.pinSet());

        vm.save();

        assertEquals(hash, vm.savedProperty().get().kioskPinHash());
    }

    @Test
    void aNewPinIsStoredOnlyAsItsHash() {
        String hash = new KioskPin(new SecureRandom()).hash("2468".toCharArray());
        EventEditorViewModel vm = editor(stored("Berlin Tech Fair", hash));
        vm.newPin().set("135790");
        vm.repeatPin().set("135790");

        vm.save();

        String stored = vm.savedProperty().get().kioskPinHash();
        assertFalse(stored.contains("135790"));
        assertTrue(KioskPin.matches("135790".toCharArray(), stored));
        assertFalse(KioskPin.matches("2468".toCharArray(), stored));
        assertEquals("", vm.newPin().get(), "the typed PIN is not kept after saving");
        assertEquals("", vm.repeatPin().get());
        assertFalse(vm.savedProperty().get().toString().contains(stored));
    }

    @Test
    void aPinMustBeDigitsAndRepeatedTheSame() {
        EventEditorViewModel vm = newEvent();
        vm.name().set("Berlin Tech Fair");
        vm.newPin().set("12a4");
        vm.save();
        assertEquals(messages.get("fair.editor.pinRule"), vm.newPin().message());
        assertEquals(messages.get("fair.editor.pinMismatch"), vm.repeatPin().message());

        vm.newPin().set("1234");
        vm.repeatPin().set("1243");
        assertNull(vm.newPin().message());
        assertEquals(messages.get("fair.editor.pinMismatch"), vm.repeatPin().message());
        assertTrue(store.saves.isEmpty());

        vm.repeatPin().set("1234");
        vm.save();
        assertTrue(KioskPin.matches("1234".toCharArray(), vm.savedProperty().get().kioskPinHash()));
    }

    @Test
    void theShortlistComesFromTheEventsOwnPackAndKeepsTicksWhileFiltering() {
        FairEvent event = stored("Berlin Tech Fair", null);
        store.save(pack(event.id(), Instant.parse("2026-05-13T08:00:00Z"), FairJobs.ALL));
        EventEditorViewModel vm = editor(event);
        JobShortlist shortlist = vm.shortlist();
        assertEquals(EventEditorViewModel.JobsState.READY, vm.jobsStateProperty().get());
        assertEquals(List.of(FairJobs.BACKEND, FairJobs.NURSE, FairJobs.DESIGNER), shortlist.shown(),
                "by title");
        assertTrue(shortlist.isTicked(FairJobs.DESIGNER), "the event's shortlist is ticked");

        shortlist.filterProperty().set("nu-7");
        assertEquals(List.of(FairJobs.NURSE), shortlist.shown(), "a code matches too");
        shortlist.setTicked(FairJobs.NURSE, true);
        shortlist.filterProperty().set("engineer");
        shortlist.setTicked(FairJobs.BACKEND, true);
        shortlist.filterProperty().set("");

        assertTrue(shortlist.isTicked(FairJobs.DESIGNER) && shortlist.isTicked(FairJobs.NURSE)
                && shortlist.isTicked(FairJobs.BACKEND), "ticks hidden by the filter stay");
        assertEquals("3 of 3 jobs ticked: the booth offers only these.", vm.shortlistNoteBinding().get());
        vm.save();
        assertEquals(List.of("job-1", "job-3", "job-2"), vm.savedProperty().get().shortlistJobIds(),
                "the shortlist is in list order, not the order of ticking");
    }

    @Test
    void aNewEventTakesTheJobsFromTheLatestPackOfTheSameProfile() {
        FairEvent older = stored("Hamburg Fair", null);
        FairEvent newer = stored("Munich Fair", null);
        FairEvent otherProfile = store.save(new FairEvent(null, "Elsewhere", TODAY, TODAY, null, List.of(), null,
                null, false, null, null, "profile-2"));
        store.save(pack(older.id(), Instant.parse("2026-05-01T08:00:00Z"), List.of(FairJobs.BACKEND)));
        store.save(pack(newer.id(), Instant.parse("2026-05-10T08:00:00Z"), List.of(FairJobs.DESIGNER)));
        store.save(pack(otherProfile.id(), Instant.parse("2026-05-12T08:00:00Z"), List.of(FairJobs.NURSE)));

        EventEditorViewModel vm = newEvent();

        assertEquals(List.of(FairJobs.DESIGNER), vm.shortlist().shown());
        vm.shortlist().filterProperty().set("zzz");
        assertEquals("No open job matches \u201czzz\u201d.", vm.listPlaceholderBinding().get());
    }

    @Test
    void anUnchangedFormSavesTheEventAsItWas() {
        FairEvent event = stored("Berlin Tech Fair", "pbkdf2-sha256$1$c2FsdA$aGFzaA");
        store.save(pack(event.id(), Instant.parse("2026-05-13T08:00:00Z"), FairJobs.ALL));
        EventEditorViewModel vm = editor(event);

        vm.save();

        assertEquals(event, vm.savedProperty().get());
        assertNull(vm.problemProperty().get());
    }
}
