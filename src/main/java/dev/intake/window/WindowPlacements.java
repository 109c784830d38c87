package dev.intake.window;

import java.io.IOException;
import java.util.Optional;

/** Where the main window was when Intake last closed. Blocking: call off the UI thread. */
public interface WindowPlacements {
    /** Nothing kept: the window opens at the default place each time (tests, and in-memory services). */
    WindowPlacements NONE = new WindowPlacements() {
        @Override
        public Optional<WindowPlacement> load() {
            return Optional.empty();
        }

        @Override
        public void save(WindowPlacement placement) {
        }
    };

    /** The placement saved last, or empty when there is none (or none that can be read). */
    Optional<WindowPlacement> load();

    void save(WindowPlacement placement) throws IOException;
}
