package dev.intake.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Objects;

/**
 * What a profile still has to send, and moving it to another profile: for deleting a profile without stranding
 * applications that no account could send any more. Only submissions that certainly never reached an ATS move
 * (queued or waiting to retry, and not possibly created): one being sent, with an unknown outcome or that may exist
 * belongs to the account that may have it, and stays.
 */
public final class ProfileBacklog {
    /** How many submissions of a profile still wait, and how many of those may move to another profile. */
    public record Counts(int waiting, int movable) {
        public static final Counts NONE = new Counts(0, 0);

        /** Waiting submissions that must stay with their profile until settled. */
        public int staying() {
            return waiting - movable;
        }
    }

    private static final String MOVABLE = "state IN (?, ?) AND may_exist = 0 AND cancel_requested = 0";

    private final Database database;

    public ProfileBacklog(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public Counts counts(String profileId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*), coalesce(sum(CASE WHEN "
                    + MOVABLE + " THEN 1 ELSE 0 END), 0) FROM submissions WHERE profile_id = ? AND state IN "
                    + "(?, ?, ?, ?)")) {
                query.setString(1, SubmissionState.QUEUED.name());
                query.setString(2, SubmissionState.WAITING_TO_RETRY.name());
                query.setString(3, profileId);
                int index = 4;
                for (SubmissionState state : SubmissionStore.UNSETTLED.stream().sorted().toList()) {
                    query.setString(index++, state.name());
                }
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return new Counts(rs.getInt(1), rs.getInt(2));
                }
            }
        });
    }

    /**
     * Moves the movable submissions of {@code fromProfileId} to {@code toProfileId}, due at once there (the reason they
     * waited was the old account's); returns how many moved.
     */
    public int move(String fromProfileId, String toProfileId, Instant now) {
        if (fromProfileId.equals(toProfileId)) {
            throw new IllegalArgumentException("A profile's submissions cannot move to the same profile");
        }
        return database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE submissions SET profile_id = ?, "
                    + "updated_at = ?, next_attempt_at = NULL, error_status = NULL, error_message = NULL, "
                    // A new version: a sender that read the row before the move must not send it to the old account.
                    + "request_version = request_version + 1 "
                    + "WHERE profile_id = ? AND " + MOVABLE)) {
                update.setString(1, toProfileId);
                update.setLong(2, now.toEpochMilli());
                update.setString(3, fromProfileId);
                update.setString(4, SubmissionState.QUEUED.name());
                update.setString(5, SubmissionState.WAITING_TO_RETRY.name());
                return update.executeUpdate();
            }
        });
    }
}
