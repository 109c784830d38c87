package dev.intake.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The store's small queries over many submissions (ids, profiles, counts, the next wake-up), apart from its rows. */
final class SubmissionQueries {
    private SubmissionQueries() {
    }

    static List<Long> unsettledIds(Database database) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT local_id FROM submissions WHERE state IN (?, ?, ?, ?) ORDER BY local_id")) {
                SubmissionRows.bindStates(query, 1, SubmissionStore.UNSETTLED);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    static List<String> unsettledProfiles(Database database) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT DISTINCT profile_id FROM submissions WHERE state IN (?, ?, ?, ?)")) {
                SubmissionRows.bindStates(query, 1, SubmissionStore.UNSETTLED);
                List<String> profiles = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        profiles.add(rs.getString(1));
                    }
                }
                return profiles;
            }
        });
    }

    static Optional<Instant> nextWakeUp(Database database) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT min(t) FROM ("
                    + "SELECT min(next_attempt_at) AS t FROM submissions WHERE state IN (?, ?) "
                    + "AND next_attempt_at IS NOT NULL "
                    + "UNION ALL SELECT min(note_next_at) FROM submissions WHERE note_state = 'PENDING' "
                    + "AND note_next_at IS NOT NULL AND state IN (?, ?) "
                    + "UNION ALL SELECT min(d.next_at) FROM submission_documents d JOIN submissions s "
                    + "ON s.local_id = d.local_id WHERE d.state = 'PENDING' AND d.next_at IS NOT NULL "
                    + "AND s.state IN (?, ?))")) {
                query.setString(1, SubmissionState.WAITING_TO_RETRY.name());
                query.setString(2, SubmissionState.OUTCOME_UNKNOWN.name());
                SubmissionRows.bindStates(query, 3, SubmissionStore.FOLLOWED_UP);
                SubmissionRows.bindStates(query, 5, SubmissionStore.FOLLOWED_UP);
                try (ResultSet rs = query.executeQuery()) {
                    long value = rs.next() ? rs.getLong(1) : 0;
                    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
                }
            }
        });
    }

    /**
     * Submissions in the ATS whose note or a document is pending and due at {@code now}, oldest first (a document
     * waits for the note: the sender checks that).
     */
    static List<Long> followUpsDue(Database database, Instant now) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT local_id FROM submissions "
                    + "WHERE state IN (?, ?) AND application_id IS NOT NULL AND note_state = 'PENDING' "
                    + "AND (note_next_at IS NULL OR note_next_at <= ?) "
                    + "UNION SELECT s.local_id FROM submission_documents d JOIN submissions s "
                    + "ON s.local_id = d.local_id WHERE s.state IN (?, ?) AND s.application_id IS NOT NULL "
                    + "AND d.state = 'PENDING' AND (d.next_at IS NULL OR d.next_at <= ?) ORDER BY 1")) {
                SubmissionRows.bindStates(query, 1, SubmissionStore.FOLLOWED_UP);
                query.setLong(3, now.toEpochMilli());
                SubmissionRows.bindStates(query, 4, SubmissionStore.FOLLOWED_UP);
                query.setLong(6, now.toEpochMilli());
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    static Map<SubmissionState, Integer> countByState(Database database) {
        return database.read(connection -> {
            Map<SubmissionState, Integer> counts = new EnumMap<>(SubmissionState.class);
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT state, count(*) FROM submissions GROUP BY state");
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    counts.put(SubmissionState.valueOf(rs.getString(1)), rs.getInt(2));
                }
            }
            return counts;
        });
    }

    static OutboxCounts outboxCounts(Database database) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT coalesce(sum(CASE WHEN state = ? "
                    + "AND next_attempt_at IS NULL OR state = ? THEN 0 ELSE 1 END), 0), coalesce(sum(CASE WHEN "
                    + "state = ? AND next_attempt_at IS NULL OR state = ? THEN 1 ELSE 0 END), 0) FROM submissions "
                    + "WHERE state IN (?, ?, ?, ?, ?)")) {
                for (int offset : new int[] {0, 2}) {
                    query.setString(offset + 1, SubmissionState.OUTCOME_UNKNOWN.name());
                    query.setString(offset + 2, SubmissionState.REJECTED.name());
                }
                SubmissionRows.bindStates(query, 5, SubmissionStore.UNSETTLED);
                query.setString(9, SubmissionState.REJECTED.name());
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return new OutboxCounts(rs.getInt(1), rs.getInt(2));
                }
            }
        });
    }
}
