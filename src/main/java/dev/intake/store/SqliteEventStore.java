package dev.intake.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.intake.ats.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link EventStore} in the application database. */
public final class SqliteEventStore implements EventStore {
    private static final String COLUMNS = "id, name, first_day, last_day, source_name, shortlist_json, "
            + "default_status, consent_text, consent_required, retention, kiosk_pin_hash, profile_id";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final Database database;
    private final Clock clock;

    public SqliteEventStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public List<FairEvent> all() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM events ORDER BY first_day DESC, name COLLATE NOCASE")) {
                return events(query);
            }
        });
    }

    @Override
    public Optional<FairEvent> byName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM events WHERE name = ? COLLATE NOCASE")) {
                query.setString(1, name.strip());
                return events(query).stream().findFirst();
            }
        });
    }

    @Override
    public Optional<FairEvent> byId(String id) {
        return database.read(connection -> byId(connection, id));
    }

    @Override
    public FairEvent save(FairEvent event) {
        FairEvent saved = event.id() == null ? event.withId(UUID.randomUUID().toString()) : event;
        return database.write(connection -> {
            try (PreparedStatement taken = connection.prepareStatement(
                    "SELECT 1 FROM events WHERE name = ? COLLATE NOCASE AND id <> ?")) {
                taken.setString(1, saved.name());
                taken.setString(2, saved.id());
                try (ResultSet rs = taken.executeQuery()) {
                    if (rs.next()) {
                        throw new EventNameTakenException(saved.name());
                    }
                }
            }
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO events(" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                    + "name = excluded.name, first_day = excluded.first_day, last_day = excluded.last_day, "
                    + "source_name = excluded.source_name, shortlist_json = excluded.shortlist_json, "
                    + "default_status = excluded.default_status, consent_text = excluded.consent_text, "
                    + "consent_required = excluded.consent_required, retention = excluded.retention, "
                    + "kiosk_pin_hash = excluded.kiosk_pin_hash, profile_id = excluded.profile_id")) {
                upsert.setString(1, saved.id());
                upsert.setString(2, saved.name());
                upsert.setString(3, saved.firstDay().toString());
                upsert.setString(4, saved.lastDay().toString());
                upsert.setString(5, saved.sourceName());
                upsert.setString(6, json(saved.shortlistJobIds()));
                setNullable(upsert, 7, saved.defaultStatus());
                setNullable(upsert, 8, saved.consentText());
                upsert.setInt(9, saved.consentRequired() ? 1 : 0);
                upsert.setString(10, saved.retention().toString());
                setNullable(upsert, 11, saved.kioskPinHash());
                setNullable(upsert, 12, saved.profileId());
                upsert.executeUpdate();
            }
            return saved;
        });
    }

    @Override
    public void delete(String id) {
        database.write(connection -> {
            try (PreparedStatement pack = connection.prepareStatement("DELETE FROM event_packs WHERE event_id = ?");
                    PreparedStatement event = connection.prepareStatement("DELETE FROM events WHERE id = ?")) {
                pack.setString(1, id);
                pack.executeUpdate();
                event.setString(1, id);
                return event.executeUpdate();
            }
        });
    }

    @Override
    public void markOpened(String id) {
        database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE events SET opened_at = ? WHERE id = ?")) {
                update.setLong(1, clock.millis());
                update.setString(2, id);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public Optional<FairEvent> lastOpened() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM events WHERE opened_at IS NOT NULL ORDER BY opened_at DESC, rowid DESC LIMIT 1")) {
                return events(query).stream().findFirst();
            }
        });
    }

    private static Optional<FairEvent> byId(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM events WHERE id = ?")) {
            query.setString(1, id);
            return events(query).stream().findFirst();
        }
    }

    private static List<FairEvent> events(PreparedStatement query) throws SQLException {
        List<FairEvent> events = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                events.add(new FairEvent(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)),
                        LocalDate.parse(rs.getString(4)), rs.getString(5), strings(rs.getString(6)),
                        rs.getString(7), rs.getString(8), rs.getInt(9) != 0, Period.parse(rs.getString(10)),
                        rs.getString(11), rs.getString(12)));
            }
        }
        return events;
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static String json(List<String> values) {
        try {
            return Json.mapper().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always writes as JSON", e);
        }
    }

    private static List<String> strings(String json) throws SQLException {
        try {
            return Json.mapper().readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("an event's shortlist is not readable", e);
        }
    }
}
