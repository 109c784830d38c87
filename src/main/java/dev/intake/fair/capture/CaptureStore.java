package dev.intake.fair.capture;

import java.util.List;

/**
 * Where quick entry puts its captures: durably first (write-ahead), then on their way to the ATS. Every method may
 * block on the disk: call them on the executor only, never on the UI thread.
 */
public interface CaptureStore {
    /**
     * Stores the capture durably and hands it on for sending. Saving a capture whose id was stored before stores
     * nothing new. Returns once the capture survives a crash.
     */
    void save(Capture capture);

    /** Everyone captured at this event so far, to recognise the same email again. */
    List<EarlierCapture> captured(String eventId);

    /** The tally for the event. */
    CaptureCounts counts(String eventId);
}
