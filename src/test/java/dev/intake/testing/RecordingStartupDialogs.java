package dev.intake.testing;

import dev.intake.app.ProductionServicesFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Start-up questions answered by a test: a second instance opens read-only; why Intake cannot start is recorded. */
public final class RecordingStartupDialogs implements ProductionServicesFactory.StartupDialogs {
    public final List<String> cannotStart = new ArrayList<>();

    @Override
    public boolean openReadOnlyInstead(Path dataDirectory) {
        return true;
    }

    @Override
    public void cannotStart(String message) {
        cannotStart.add(message);
    }
}
