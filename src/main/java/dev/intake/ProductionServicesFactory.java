package dev.intake;

import java.util.List;
import java.util.Optional;

/**
 * The services of the installed application. The HTTP client, the embedded sandbox, the SQLite outbox and
 * drafts and the account profiles are wired in here as they join the build; until all of them are present it
 * provides nothing, and the main window explains that no ATS connection is available.
 */
public final class ProductionServicesFactory implements ServicesFactory {
    @Override
    public Optional<AppServices> create(List<String> args) {
        return Optional.empty();
    }
}
