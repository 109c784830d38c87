package dev.intake.ats;

import java.util.function.Consumer;

/** Tells how far the bodies of creates have gone out, for showing progress on slow links. */
@FunctionalInterface
public interface UploadSource {
    /** Tells of no uploads. */
    UploadSource NONE = listener -> () -> {
    };

    /**
     * Calls {@code listener} (on an HTTP thread) as the body of each create goes out, whoever sent it. Returns a
     * handle that removes the listener.
     */
    Runnable addUploadListener(Consumer<Upload> listener);
}
