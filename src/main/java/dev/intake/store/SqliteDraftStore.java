package dev.intake.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link DraftStore} in the application database: each save is one committed upsert. */
public final class SqliteDraftStore implements DraftStore {
    private final Database database;

    public SqliteDraftStore(Database database) {
        this.database = database;
    }

    @Override
    public void save(Draft draft) {
        database.write(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO drafts(id, profile_id, "
                    + "saved_at, json) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET profile_id = "
                    + "excluded.profile_id, saved_at = excluded.saved_at, json = excluded.json")) {
                upsert.setString(1, draft.id());
                upsert.setString(2, draft.profileId());
                upsert.setLong(3, draft.savedAt().toEpochMilli());
                upsert.setString(4, draft.json());
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public List<Draft> unfinished() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, profile_id, saved_at, json FROM drafts WHERE substr(id, 1, ?) <> ? "
                            + "ORDER BY saved_at DESC, id")) {
                query.setInt(1, QUICK_ENTRY.length());
                query.setString(2, QUICK_ENTRY);
                return drafts(query);
            }
        });
    }

    @Override
    public Optional<Draft> find(String id) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, profile_id, saved_at, json FROM drafts WHERE id = ?")) {
                query.setString(1, id);
                return drafts(query).stream().findFirst();
            }
        });
    }

    @Override
    public void delete(String id) {
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM drafts WHERE id = ?")) {
                delete.setString(1, id);
                return delete.executeUpdate();
            }
        });
    }

    /** Retention: removes drafts last saved before {@code cutoff}; returns how many. */
    public int purgeSavedBefore(Instant cutoff) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM drafts WHERE saved_at < ?")) {
                delete.setLong(1, cutoff.toEpochMilli());
                return delete.executeUpdate();
            }
        });
    }

    /**
     * Erasure: removes drafts whose text mentions {@code needle} (an email address or candidate id), in any case.
     * Drafts are the wizard's own JSON, so a mention anywhere in it counts.
     */
    public int forgetMentioning(String needle) {
        if (needle == null || needle.isBlank()) {
            return 0;
        }
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM drafts WHERE instr(lower(json), ?) > 0")) {
                delete.setString(1, needle.trim().toLowerCase(Locale.ROOT));
                return delete.executeUpdate();
            }
        });
    }

    private static List<Draft> drafts(PreparedStatement query) throws SQLException {
        List<Draft> drafts = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                drafts.add(new Draft(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                        rs.getString(4)));
            }
        }
        return drafts;
    }
}
