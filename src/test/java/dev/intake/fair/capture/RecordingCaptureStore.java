package dev.intake.fair.capture;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Keeps captures in memory; can be made to fail, or to hold each write until a test lets it go. */
public final class RecordingCaptureStore implements CaptureStore {
    public final List<Capture> saved = Collections.synchronizedList(new ArrayList<>());
    public volatile RuntimeException failure;
    private volatile CountDownLatch gate;

    /** Writes wait from now on until {@link #open()}. */
    public void hold() {
        gate = new CountDownLatch(1);
    }

    public void open() {
        CountDownLatch current = gate;
        gate = null;
        if (current != null) {
            current.countDown();
        }
    }

    @Override
    public void save(Capture capture) {
        CountDownLatch current = gate;
        if (current != null) {
            try {
                if (!current.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("write never let go");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        synchronized (saved) {
            if (saved.stream().noneMatch(c -> c.id().equals(capture.id()))) {
                saved.add(capture);
            }
        }
    }

    @Override
    public List<EarlierCapture> captured(String eventId) {
        synchronized (saved) {
            return saved.stream().filter(c -> c.eventId().equals(eventId))
                    .map(c -> new EarlierCapture(c.id(), c.fullName(), c.email(), c.job().title(), c.capturedAt()))
                    .toList();
        }
    }

    @Override
    public CaptureCounts counts(String eventId) {
        synchronized (saved) {
            int people = (int) saved.stream().filter(c -> c.samePersonAs() == null).count();
            return new CaptureCounts(people, saved.size(), 0);
        }
    }
}
