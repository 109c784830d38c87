package dev.intake.outbox;

import dev.intake.accounts.Profile;
import dev.intake.ats.Ats;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which ATS a submission goes to. Each submission keeps the profile it was made with, so the outbox asks for the
 * ATS of that profile when it sends, possibly after a restart.
 */
public interface ConnectionResolver {
    /** The profile new submissions go to now. */
    String currentProfileId();

    /** The ATS of this profile; empty when the profile is not (or no longer) set up on this machine. */
    Optional<Ats> ats(String profileId);

    /**
     * Nothing configured: every submission goes to the built-in sandbox, which is started on first use.
     *
     * @param sandbox starts (or returns) the sandbox's client
     */
    static ConnectionResolver sandbox(Supplier<Ats> sandbox) {
        Objects.requireNonNull(sandbox, "sandbox");
        return new ConnectionResolver() {
            private Ats started;

            @Override
            public String currentProfileId() {
                return Profile.SANDBOX_ID;
            }

            @Override
            public synchronized Optional<Ats> ats(String profileId) {
                if (!Profile.SANDBOX_ID.equals(profileId)) {
                    return Optional.empty();
                }
                if (started == null) {
                    started = Objects.requireNonNull(sandbox.get(), "sandbox client");
                }
                return Optional.of(started);
            }
        };
    }
}
