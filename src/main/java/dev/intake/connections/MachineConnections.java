package dev.intake.connections;

import dev.intake.config.AccountsSetup;
import dev.intake.connections.ProfileConnections;
import dev.intake.outbox.ConnectionResolver;
import java.nio.file.Path;
import java.util.List;

/**
 * The connections a windowless command uses: the profiles and keys of this machine (the current one, or
 * {@code --profile} and the other managed options), the Sandbox started in-process when that is the profile.
 */
public final class MachineConnections implements ConnectionResolver.Factory {
    @Override
    public ConnectionResolver open(Path dataDirectory) {
        return open(dataDirectory, List.of());
    }

    @Override
    public ConnectionResolver open(Path dataDirectory, List<String> args) {
        return ProfileConnections.open(AccountsSetup.open(args));
    }
}
