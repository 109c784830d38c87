package dev.intake.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The deletes of submissions (a person's, retention's, erasure's), apart from the store's other work. A deleted
 * submission's documents go with it (a trigger). None removes a submission the ATS may already have, except erasure,
 * which a person asked for by name.
 */
final class SubmissionDeletes {
    private SubmissionDeletes() {
    }

    static int delete(Database database, Collection<Long> localIds) {
        return database.write(connection -> {
            int removed = 0;
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM submissions WHERE local_id = ? "
                    + "AND state NOT IN (?, ?) AND may_exist = 0")) {
                for (long id : localIds) {
                    delete.setLong(1, id);
                    SubmissionRows.bindStates(delete, 2, SubmissionStore.MAY_BE_IN_ATS);
                    removed += delete.executeUpdate();
                }
            }
            return removed;
        });
    }

    static List<Long> mayBeInAts(Database database, Collection<Long> localIds) {
        return database.read(connection -> {
            List<Long> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT local_id FROM submissions "
                    + "WHERE local_id = ? AND (state IN (?, ?) OR may_exist = 1)")) {
                for (long id : localIds) {
                    query.setLong(1, id);
                    SubmissionRows.bindStates(query, 2, SubmissionStore.MAY_BE_IN_ATS);
                    try (ResultSet rs = query.executeQuery()) {
                        if (rs.next()) {
                            found.add(id);
                        }
                    }
                }
            }
            return found;
        });
    }

    static int purgeSettledBefore(Database database, Instant cutoff) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM submissions WHERE created_at < ? AND state NOT IN (?, ?, ?, ?)")) {
                delete.setLong(1, cutoff.toEpochMilli());
                SubmissionRows.bindStates(delete, 2, SubmissionStore.UNSETTLED);
                return delete.executeUpdate();
            }
        });
    }

    static int forgetCandidate(Database database, String email, String candidateId) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM submissions WHERE candidate_email = ? OR candidate_id = ?")) {
                delete.setString(1, email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT));
                delete.setString(2, candidateId == null || candidateId.isBlank() ? null : candidateId.trim());
                return delete.executeUpdate();
            }
        });
    }
}
