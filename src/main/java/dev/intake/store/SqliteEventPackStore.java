package dev.intake.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.intake.ats.ApplicationStage;
import dev.intake.ats.CustomFieldDefinition;
import dev.intake.ats.DocumentCategory;
import dev.intake.ats.Job;
import dev.intake.ats.JobPosting;
import dev.intake.ats.Json;
import dev.intake.ats.Location;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link EventPackStore} in the application database: one row per event, the pack as one JSON text. */
public final class SqliteEventPackStore implements EventPackStore {
    /** The stored form: the pack without the columns kept beside it. */
    private record Body(List<Job> openJobs, List<JobPosting> postings, List<Location> locations,
            List<DocumentCategory> documentCategories, List<CustomFieldDefinition> customFields,
            List<PackedUser> users, Map<String, List<ApplicationStage>> stagesByJob) {
    }

    private final Database database;

    public SqliteEventPackStore(Database database) {
        this.database = database;
    }

    @Override
    public Optional<EventPack> cached(String eventId) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT fetched_at, pack_json FROM event_packs WHERE event_id = ?")) {
                query.setString(1, eventId);
                try (ResultSet rs = query.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Body body = read(rs.getString(2));
                    return Optional.of(new EventPack(eventId, Instant.ofEpochMilli(rs.getLong(1)),
                            orEmpty(body.openJobs()), orEmpty(body.postings()), orEmpty(body.locations()),
                            orEmpty(body.documentCategories()), orEmpty(body.customFields()),
                            orEmpty(body.users()), body.stagesByJob() == null ? Map.of() : body.stagesByJob()));
                }
            }
        });
    }

    @Override
    public void save(EventPack pack) {
        String json = write(new Body(pack.openJobs(), pack.postings(), pack.locations(), pack.documentCategories(),
                pack.customFields(), pack.users(), pack.stagesByJob()));
        database.write(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO event_packs(event_id, "
                    + "fetched_at, pack_json) VALUES (?, ?, ?) ON CONFLICT(event_id) DO UPDATE SET "
                    + "fetched_at = excluded.fetched_at, pack_json = excluded.pack_json")) {
                upsert.setString(1, pack.eventId());
                upsert.setLong(2, pack.fetchedAt().toEpochMilli());
                upsert.setString(3, json);
                return upsert.executeUpdate();
            }
        });
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String write(Body body) {
        try {
            return Json.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new StoreException("The event's data could not be written: " + e.getOriginalMessage(), e);
        }
    }

    private static Body read(String json) throws SQLException {
        try {
            return Json.mapper().readValue(json, Body.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("the event's kept pack is not readable; refresh the event to fetch it again", e);
        }
    }
}
