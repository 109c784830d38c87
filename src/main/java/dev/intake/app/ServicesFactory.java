package dev.intake.app;

import dev.intake.common.Theme;
import dev.intake.fair.FairLaunch;
import dev.intake.window.WindowPlacements;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the services the window runs on, from the command-line arguments. Kept apart from {@link IntakeApp} so
 * the window can be started on other services (tests start it on in-memory ones).
 */
@FunctionalInterface
public interface ServicesFactory {
    /** The services, or empty when this build cannot provide them (the window then says so). Blocking. */
    Optional<AppServices> create(List<String> args);

    /**
     * How the window looks before the services exist: the theme and language the user chose. Quick (reads one
     * small file) so the first frame already has them; {@link #create} may take longer.
     */
    default Appearance appearance(List<String> args) {
        return Appearance.SYSTEM;
    }

    /**
     * Asks an Intake already running on the same data to come to the front; true when it did, and this start then
     * ends without a window. Blocking, but quick when none runs.
     */
    default boolean handOverToRunningInstance(List<String> args) {
        return false;
    }

    /** Where the main window is kept between runs. Quick to make; reading and saving block. */
    default WindowPlacements windowPlacements(List<String> args) {
        return WindowPlacements.NONE;
    }

    /**
     * What the command line asks the window to open at start ({@code --event}, {@code --kiosk}), read from the
     * same arguments as the services. Quick (no I/O).
     */
    default FairLaunch fairLaunch(List<String> args) {
        return FairLaunch.fromArgs(args);
    }

    /** The theme, and the language when the user chose one (empty: the system's). */
    record Appearance(Theme theme, Optional<Locale> language) {
        public static final Appearance SYSTEM = new Appearance(Theme.SYSTEM, Optional.empty());

        public Appearance {
            Objects.requireNonNull(theme);
            Objects.requireNonNull(language);
        }
    }
}
