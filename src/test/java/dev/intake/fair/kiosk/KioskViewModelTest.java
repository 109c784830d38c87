package dev.intake.fair.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.fair.capture.Capture;
import dev.intake.fair.capture.FairJobs;
import dev.intake.fair.capture.RecordingCaptureStore;
import dev.intake.form.Messages;
import dev.intake.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskViewModelTest {
    private final RecordingCaptureStore store = new RecordingCaptureStore();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-14T09:30:00Z"));
    private final KioskViewModel kiosk = new KioskViewModel(FairJobs.setup(true), store, new ImmediateTaskExecutor(),
            Messages.load(), clock, KioskTimers.STANDARD, pin -> Arrays.equals(pin, "2468".toCharArray()));

    private void seconds(int count) {
        for (int i = 0; i < count; i++) {
            clock.advance(Duration.ofSeconds(1));
            kiosk.tick();
        }
    }

    private void fillIn() {
        kiosk.firstName().set("Ada");
        kiosk.lastName().set("Lovelace");
        kiosk.email().set("ada@example.com");
        kiosk.consent().set(true);
    }

    @Test
    void submitThanksTheVisitorWritesTheEntryAndStartsOverAfterFiveSeconds() {
        fillIn();
        kiosk.job().set(FairJobs.NURSE);
        kiosk.document().set(Path.of("cv.pdf"));

        assertTrue(kiosk.submit());

        Capture saved = store.saved.getFirst();
        assertEquals("Ada Lovelace", saved.fullName());
        assertEquals(FairJobs.NURSE, saved.job());
        assertEquals(Path.of("cv.pdf"), saved.document());
        assertTrue(saved.consent());
        assertEquals(KioskViewModel.Page.THANKS, kiosk.pageProperty().get());
        assertFalse(kiosk.hasInput(), "the next visitor never sees the one before");
        seconds(4);
        assertEquals(KioskViewModel.Page.THANKS, kiosk.pageProperty().get());
        seconds(1);
        assertEquals(KioskViewModel.Page.FORM, kiosk.pageProperty().get());
    }

    @Test
    void namesEmailAndTheRequiredConsentMustBeGiven() {
        kiosk.firstName().set("Ada");
        assertFalse(kiosk.submit());
        assertEquals(kiosk.lastName(), kiosk.firstInvalid());
        assertTrue(kiosk.email().message().startsWith("Email is required"));
        assertTrue(kiosk.consent().message().startsWith("Please tick"));
        assertTrue(store.saved.isEmpty());
    }

    @Test
    void aMinuteIdleStartsATenSecondCountdownThenTheInputIsWipedNotKept() {
        kiosk.firstName().set("Ada");
        seconds(59);
        assertEquals(-1, kiosk.countdownProperty().get());
        seconds(1);
        assertEquals(10, kiosk.countdownProperty().get());
        seconds(9);
        assertEquals(1, kiosk.countdownProperty().get());
        seconds(1);
        assertEquals(-1, kiosk.countdownProperty().get());
        assertEquals("", kiosk.firstName().get());
        assertNull(kiosk.firstName().message(), "the wiped page greets the next visitor without errors");
        assertTrue(store.saved.isEmpty(), "abandoned input is not kept");
    }

    @Test
    void aKeyDuringTheCountdownKeepsTheInput() {
        kiosk.firstName().set("Ada");
        seconds(65);
        assertEquals(5, kiosk.countdownProperty().get());
        kiosk.activity();
        assertEquals(-1, kiosk.countdownProperty().get());
        seconds(30);
        assertEquals("Ada", kiosk.firstName().get());
    }

    @Test
    void anEmptyPageNeverCountsDown() {
        seconds(200);
        assertEquals(-1, kiosk.countdownProperty().get());
    }

    @Test
    void theRightPinLetsStaffLeave() {
        kiosk.requestExit();
        assertTrue(kiosk.pinPromptProperty().get());
        char[] pin = "2468".toCharArray();
        assertTrue(kiosk.enterPin(pin));
        assertTrue(kiosk.exitGrantedProperty().get());
        assertEquals("\0\0\0\0", new String(pin), "the PIN does not stay in memory");
    }

    @Test
    void fiveWrongPinsLockThePromptForThirtySeconds() {
        kiosk.requestExit();
        for (int i = 0; i < 4; i++) {
            assertFalse(kiosk.enterPin("0000".toCharArray()));
        }
        assertTrue(kiosk.pinMessageProperty().get().contains("1 tries left"));
        assertFalse(kiosk.enterPin("1111".toCharArray()));
        assertTrue(kiosk.pinLockedProperty().get());
        assertFalse(kiosk.enterPin("2468".toCharArray()), "even the right PIN waits out the lock");
        assertFalse(kiosk.exitGrantedProperty().get());
        seconds(29);
        assertTrue(kiosk.pinLockedProperty().get());
        seconds(1);
        assertFalse(kiosk.pinLockedProperty().get());
        kiosk.requestExit();
        assertTrue(kiosk.enterPin("2468".toCharArray()));
    }

    @Test
    void anEntryWhoseWriteFailedIsWrittenOnALaterTick() {
        store.failure = new IllegalStateException("disk full");
        fillIn();
        kiosk.submit();
        assertEquals(1, kiosk.unsavedCount());
        store.failure = null;
        seconds(1);
        assertEquals(0, kiosk.unsavedCount());
        assertEquals(1, store.saved.size());
    }

    @Test
    void theMarkerSurvivesACrashAndGoesOnlyWithThePin(@TempDir Path dir) {
        KioskMarker marker = new KioskMarker(dir);
        assertTrue(marker.pending().isEmpty());
        marker.write("ev-berlin");
        assertEquals("ev-berlin", new KioskMarker(dir).pending().orElseThrow());
        marker.clear();
        assertTrue(new KioskMarker(dir).pending().isEmpty());
    }

    @Test
    void fieldsMerelyPassedShowNoProblemWhenFocusMovesToThePinButDoAfterASubmit() {
        kiosk.firstName().touch();
        kiosk.requestExit();
        kiosk.calmEmptyFields();
        assertNull(kiosk.firstName().message());
        kiosk.cancelExit();
        kiosk.submit();
        kiosk.calmEmptyFields();
        assertTrue(kiosk.firstName().message().startsWith("First name is required"));
    }
}
