package dev.intake;

import java.util.List;
import java.util.Optional;

/**
 * Builds the services the window runs on, from the command-line arguments. Kept apart from {@link IntakeApp} so
 * the window can be started on other services (tests start it on in-memory ones).
 */
@FunctionalInterface
public interface ServicesFactory {
    /** The services, or empty when this build cannot provide them (the window then says so). */
    Optional<AppServices> create(List<String> args);
}
