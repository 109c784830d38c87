package dev.intake.profiles;

import dev.intake.store.ProfileBacklog;
import java.time.Clock;
import java.util.Objects;

/**
 * The applications each profile still has to send, as deleting a profile needs them: how many wait, and moving those
 * that may move to another profile. Both block on the database: call them on a worker.
 */
public interface ProfileSubmissions {
    /** No database (tests of other parts): no profile has anything waiting. */
    ProfileSubmissions NONE = new ProfileSubmissions() {
        @Override
        public ProfileBacklog.Counts counts(String profileId) {
            return ProfileBacklog.Counts.NONE;
        }

        @Override
        public int move(String fromProfileId, String toProfileId) {
            return 0;
        }
    };

    /**
     * The database's backlog; {@code afterMove} runs after submissions moved (on the same worker), so the outbox
     * sends them with their new profile without waiting for its next round.
     */
    static ProfileSubmissions of(ProfileBacklog backlog, Clock clock, Runnable afterMove) {
        Objects.requireNonNull(backlog, "backlog");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(afterMove, "afterMove");
        return new ProfileSubmissions() {
            @Override
            public ProfileBacklog.Counts counts(String profileId) {
                return backlog.counts(profileId);
            }

            @Override
            public int move(String fromProfileId, String toProfileId) {
                int moved = backlog.move(fromProfileId, toProfileId, clock.instant());
                if (moved > 0) {
                    afterMove.run();
                }
                return moved;
            }
        };
    }

    ProfileBacklog.Counts counts(String profileId);

    /** Moves what may move (see {@link ProfileBacklog}) and has it sent; returns how many moved. */
    int move(String fromProfileId, String toProfileId);
}
