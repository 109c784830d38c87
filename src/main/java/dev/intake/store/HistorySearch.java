package dev.intake.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The history's queries: what the user typed as a full-text match, the filters as SQL, sorting and paging. Apart
 * from the outbox's bookkeeping in {@link SubmissionStore}, which never searches.
 */
final class HistorySearch {
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Database database;

    HistorySearch(Database database) {
        this.database = database;
    }

    /** One page of history for {@code query}. */
    List<HistoryEntry> search(HistoryQuery query, int offset, int limit) {
        return database.read(connection -> {
            List<Object> args = new ArrayList<>();
            String from = from(query, args);
            String direction = query.descending() ? " DESC" : " ASC";
            String order = query.sort() != HistorySort.TIME ? query.sort().column + direction + ", s.local_id"
                    + direction
                    // Searching, the index hands out matches newest first, so a page needs only its own rows.
                    : hasText(query) ? "submission_search.rowid" + direction : "s.local_id" + direction;
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + SubmissionRows.ENTRY_COLUMNS + from
                    + " ORDER BY " + order + " LIMIT ? OFFSET ?")) {
                int index = bind(statement, args);
                statement.setInt(index, limit);
                statement.setInt(index + 1, offset);
                List<HistoryEntry> entries = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        entries.add(SubmissionRows.entry(rs));
                    }
                }
                return entries;
            }
        });
    }

    /** How many submissions {@code query} matches. */
    int count(HistoryQuery query) {
        return database.read(connection -> {
            List<Object> args = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*)" + from(query, args))) {
                bind(statement, args);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** Full submissions (request and response included) matching {@code query}, in its order, one at a time. */
    void forEachMatching(HistoryQuery query, Consumer<StoredSubmission> action) {
        database.read(connection -> {
            List<Object> args = new ArrayList<>();
            String direction = query.descending() ? " DESC" : " ASC";
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + SubmissionRows.FULL_COLUMNS
                    + " FROM submissions WHERE local_id IN (SELECT s.local_id" + from(query, args)
                    + ") ORDER BY local_id" + direction)) {
                bind(statement, args);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        action.accept(SubmissionRows.stored(rs));
                    }
                }
            }
            return null;
        });
    }

    /** The FTS5 query for what the user typed: every word must start a word of the row. Empty when none. */
    static String ftsQuery(String text) {
        StringBuilder query = new StringBuilder();
        for (String word : NOT_A_WORD.split(text == null ? "" : text.trim())) {
            if (!word.isEmpty()) {
                // Quoted, so FTS5 operators typed by the user (AND, NEAR, column:) are plain words.
                query.append(query.isEmpty() ? "" : " ").append('"').append(word).append("\"*");
            }
        }
        return query.toString();
    }

    private static boolean hasText(HistoryQuery query) {
        return !ftsQuery(query.text()).isEmpty();
    }

    /** The FROM and WHERE clauses for {@code query}, its arguments added to {@code args}. */
    private static String from(HistoryQuery query, List<Object> args) {
        List<String> clauses = new ArrayList<>();
        String match = ftsQuery(query.text());
        String from = " FROM submissions s";
        if (!match.isEmpty()) {
            from = " FROM submission_search JOIN submissions s ON s.local_id = submission_search.rowid";
            clauses.add("submission_search MATCH ?");
            args.add(match);
        }
        if (!query.states().isEmpty()) {
            clauses.add("s.state IN (" + String.join(", ", Collections.nCopies(query.states().size(), "?"))
                    + ")");
            query.states().stream().map(Enum::name).sorted().forEach(args::add);
        }
        if (query.from() != null) {
            clauses.add("s.created_at >= ?");
            args.add(query.from().toEpochMilli());
        }
        if (query.to() != null) {
            clauses.add("s.created_at < ?");
            args.add(query.to().toEpochMilli());
        }
        if (query.profileId() != null) {
            clauses.add("s.profile_id = ?");
            args.add(query.profileId());
        }
        return from + (clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses));
    }

    private static int bind(PreparedStatement statement, List<Object> args) throws SQLException {
        int index = 1;
        for (Object arg : args) {
            if (arg instanceof Long value) {
                statement.setLong(index++, value);
            } else {
                statement.setString(index++, (String) arg);
            }
        }
        return index;
    }
}
