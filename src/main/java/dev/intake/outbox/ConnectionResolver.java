package dev.intake.outbox;

import dev.intake.accounts.Profile;
import dev.intake.ats.Ats;
import dev.intake.ats.AtsConnection;
import dev.intake.sandbox.SandboxOptions;
import dev.intake.sandbox.SandboxServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which ATS a submission goes to. Each submission keeps the profile it was made with, so the outbox asks for the
 * ATS of that profile when it sends, possibly after a restart. Closing releases what the resolver started.
 */
public interface ConnectionResolver extends AutoCloseable {
    /** The profile new submissions go to now. */
    String currentProfileId();

    /** The ATS of this profile; empty when the profile is not (or no longer) set up on this machine. */
    Optional<Ats> ats(String profileId);

    /**
     * Why {@link #ats} gives no ATS for this profile, in words for the user (naming the profile and the fix), when
     * the resolver knows more than "not set up on this computer"; empty otherwise.
     */
    default Optional<String> unavailableReason(String profileId) {
        return Optional.empty();
    }

    /** What a submission of this profile shows while it cannot be sent or checked: the reason, or "not set up". */
    default String unavailableMessage(String profileId) {
        return unavailableReason(profileId).orElseGet(() -> OutboxText.get("outbox.error.accountNotSetUp",
                profileId));
    }

    @Override
    default void close() {
    }

    /** Builds the resolver for a data directory (where profiles are kept). */
    @FunctionalInterface
    interface Factory {
        ConnectionResolver open(Path dataDirectory);

        /** With the command line too, for factories that read the account options from it. */
        default ConnectionResolver open(Path dataDirectory, List<String> args) {
            return open(dataDirectory);
        }
    }

    /**
     * Nothing configured: every submission goes to the built-in sandbox, started on first use and stopped on
     * {@link #close()}.
     *
     * @param client makes the ATS client for a connection (the sandbox's URL, key and account)
     */
    static ConnectionResolver sandbox(Function<AtsConnection, Ats> client) {
        Objects.requireNonNull(client, "client");
        return new ConnectionResolver() {
            private SandboxServer server;
            private Ats ats;

            @Override
            public String currentProfileId() {
                return Profile.SANDBOX_ID;
            }

            @Override
            public synchronized Optional<Ats> ats(String profileId) {
                if (!Profile.SANDBOX_ID.equals(profileId)) {
                    return Optional.empty();
                }
                if (ats == null) {
                    server = SandboxServer.start(SandboxOptions.defaults());
                    ats = Objects.requireNonNull(client.apply(new AtsConnection(server.baseUrl().toString(),
                            server.apiKey(), server.accountId())), "sandbox client");
                }
                return Optional.of(ats);
            }

            @Override
            public synchronized void close() {
                if (server != null) {
                    server.close();
                    server = null;
                    ats = null;
                }
            }
        };
    }
}
