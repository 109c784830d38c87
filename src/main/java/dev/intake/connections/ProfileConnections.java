package dev.intake.connections;

import dev.intake.accounts.AccountsException;
import dev.intake.accounts.Profile;
import dev.intake.accounts.ProfileStore;
import dev.intake.ats.Ats;
import dev.intake.ats.AtsConnection;
import dev.intake.ats.HttpTransport;
import dev.intake.common.UserMessage;
import dev.intake.config.AccountsSetup;
import dev.intake.outbox.ConnectionResolver;
import dev.intake.sandbox.SandboxOptions;
import dev.intake.sandbox.SandboxServer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The ATS of each profile, as the user configured it: saved and managed profiles with their keys from the credential
 * store, and the built-in Sandbox, whose server starts in this process the first time it is needed. Blocking
 * (credential store, starting the sandbox): call off the UI thread. Closing stops the sandbox.
 */
public final class ProfileConnections implements ConnectionResolver {
    private static final System.Logger LOG = System.getLogger(ProfileConnections.class.getName());

    private final ProfileStore profiles;
    private final SandboxOptions sandboxOptions;
    private final BiFunction<AtsConnection, HttpTransport, Ats> clients;
    /** Made by the first call that needs it, or by {@link #prepareHttp}, not when Intake starts. */
    private final HttpTransport http;
    /** One client per connection: a changed key or URL gets a new client, an unchanged one reuses its pool. */
    private final Map<AtsConnection, Ats> clientsByConnection = new HashMap<>();
    private SandboxServer sandbox;
    private boolean closed;

    public ProfileConnections(ProfileStore profiles, HttpTransport http, SandboxOptions sandboxOptions,
            BiFunction<AtsConnection, HttpTransport, Ats> clients) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.http = Objects.requireNonNull(http, "http");
        this.sandboxOptions = Objects.requireNonNull(sandboxOptions, "sandboxOptions");
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    /** The app's resolver: the shared HTTP client behind the configured proxy, the default sandbox. */
    public static ProfileConnections open(AccountsSetup.Parts parts) {
        HttpTransport http = HttpTransport.behind(parts.proxy(), parts::proxyPassword);
        return new ProfileConnections(parts.profiles(), http, SandboxOptions.defaults(),
                (connection, transport) -> transport.client(connection));
    }

    public ProfileStore profiles() {
        return profiles;
    }

    /** A client for a connection not saved as a profile (testing one being set up): same transport, same pool. */
    public Ats clientFor(AtsConnection connection) {
        return http.client(connection);
    }

    /**
     * Makes the HTTP client, if no call has yet: for right after the window is ready, on the executor, so that the
     * first call does not wait for it. Blocking (TLS set-up).
     */
    public void prepareHttp() {
        if (!http.isMade()) {
            http.make();
        }
    }

    @Override
    public String currentProfileId() {
        return profiles.current().id();
    }

    @Override
    public Optional<Ats> ats(String profileId) {
        Optional<Profile> profile = profiles.find(profileId);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ats(profile.get()));
        } catch (AccountsException e) {
            // A profile whose key is gone, or whose saved URL breaks the https rule, cannot send; its submissions
            // wait until it is set up again.
            LOG.log(System.Logger.Level.WARNING, "Profile {0} cannot be used: {1}", profileId, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> unavailableReason(String profileId) {
        return profiles.needsAttention(profileId).map(UserMessage::english);
    }

    /**
     * The ATS of {@code profile}.
     *
     * @throws AccountsException when the profile's key is missing from the credential store, or the profile needs
     *     attention (its saved base URL breaks the https rule)
     */
    public Ats ats(Profile profile) {
        AtsConnection connection = connection(profile);
        synchronized (this) {
            return clientsByConnection.computeIfAbsent(connection, c -> Objects.requireNonNull(
                    clients.apply(c, http), "client"));
        }
    }

    /** Where and as whom {@code profile} calls its ATS; starts the sandbox for the Sandbox profile. */
    public AtsConnection connection(Profile profile) {
        return profiles.connection(profile, profile.sandbox() ? sandboxConnection() : null);
    }

    /** The built-in sandbox's address and credentials, starting it on first use. */
    public synchronized AtsConnection sandboxConnection() {
        SandboxServer server = startedSandbox();
        return new AtsConnection(server.baseUrl().toString(), server.apiKey(), server.accountId());
    }

    /** The sandbox if it was started (for demos and tests that turn its fault knobs). */
    public synchronized Optional<SandboxServer> runningSandbox() {
        return Optional.ofNullable(sandbox);
    }

    private SandboxServer startedSandbox() {
        if (closed) {
            throw new IllegalStateException("The connections are closed");
        }
        if (sandbox == null) {
            sandbox = SandboxServer.start(sandboxOptions);
            LOG.log(System.Logger.Level.INFO, "Sandbox ATS started at {0}", sandbox.baseUrl());
        }
        return sandbox;
    }

    @Override
    public synchronized void close() {
        closed = true;
        clientsByConnection.clear();
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }
}
