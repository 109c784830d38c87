package dev.intake.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.intake.ats.ApplicationStage;
import dev.intake.ats.CodedValue;
import dev.intake.ats.CustomFieldDefinition;
import dev.intake.ats.DocumentCategory;
import dev.intake.ats.Job;
import dev.intake.ats.JobPosting;
import dev.intake.ats.Location;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteEventPackStoreTest {
    private static final Instant T0 = Instant.parse("2026-05-12T08:00:00Z");

    @TempDir
    Path dir;

    static EventPack samplePack(String eventId, Instant fetchedAt, String jobTitle) {
        Job job = new Job("job-1", "r-1", "ENG-42", jobTitle, new CodedValue("open", new com.fasterxml.jackson.databind.node.TextNode("Open")), null,
                List.of("dep-1"), List.of("loc-1"), "2026-01-01T00:00:00Z", null);
        JobPosting.Question question = new JobPosting.Question("q-1", null, "relocate", null,
                "Would you relocate to Berlin?", BooleanNode.TRUE, List.of(), null);
        JobPosting posting = new JobPosting("post-1", null, jobTitle, List.of(), "false", null, "job-1", null, null,
                List.of(new JobPosting.PostingQuestionnaire("qs-1", null, "Basics", null, List.of(question))));
        return new EventPack(eventId, fetchedAt, List.of(job), List.of(posting),
                List.of(new Location("loc-1", null, "Berlin")),
                List.of(new DocumentCategory("cv", null, "CV", BooleanNode.TRUE)),
                List.of(new CustomFieldDefinition("cf-1", null, "T-shirt size", new CodedValue("list", null),
                        List.of())),
                List.of(new PackedUser("u-1", null, "Miriam Okafor", "miriam@example.com")),
                Map.of("job-1", List.of(new ApplicationStage("st-1", null, "Screening", 1.0))));
    }

    @Test
    void aPackReadsBackWholeAfterAReopenAndARefreshReplacesIt() {
        try (Database db = DatabaseTest.opened(Database.open(dir, Clock.fixed(T0, ZoneOffset.UTC)))) {
            new SqliteEventPackStore(db).save(samplePack("ev-1", T0, "Backend Engineer"));
        }
        try (Database db = DatabaseTest.opened(Database.open(dir, Clock.fixed(T0, ZoneOffset.UTC)))) {
            EventPackStore packs = new SqliteEventPackStore(db);
            EventPack cached = packs.cached("ev-1").orElseThrow();
            assertEquals(samplePack("ev-1", T0, "Backend Engineer"), cached);
            assertEquals("ENG-42", cached.openJobs().getFirst().code());
            assertEquals("Would you relocate to Berlin?", cached.postingsOf("job-1").getFirst().questionnaires()
                    .getFirst().questions().getFirst().text());
            assertEquals("Screening", cached.stages("job-1").getFirst().name());
            assertEquals(List.of(), cached.stages("job-unknown"));
            assertEquals(Duration.ofHours(2), cached.age(T0.plus(Duration.ofHours(2))));
            assertEquals(Duration.ZERO, cached.age(T0.minusSeconds(5)));

            packs.save(samplePack("ev-1", T0.plusSeconds(3600), "Frontend Engineer"));
            EventPack refreshed = packs.cached("ev-1").orElseThrow();
            assertEquals(T0.plusSeconds(3600), refreshed.fetchedAt());
            assertEquals("Frontend Engineer", refreshed.openJobs().getFirst().title());
            assertTrue(packs.cached("ev-2").isEmpty());
        }
    }
}
