package dev.intake.profiles;

import dev.intake.store.ProfileBacklog;

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

    ProfileBacklog.Counts counts(String profileId);

    /** Moves what may move (see {@link ProfileBacklog}) and has it sent; returns how many moved. */
    int move(String fromProfileId, String toProfileId);
}
