package dev.intake.fair.summary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.Json;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.fair.capture.FairJobs;
import dev.intake.form.Messages;
import dev.intake.store.FairEvent;
import dev.intake.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventSummaryViewModelTest {
    private final FairEvent event = new FairEvent("ev-berlin", "Berlin Tech Fair", LocalDate.of(2026, 5, 14), null,
            null, List.of(), null, null, true, Period.ofDays(30), null, null);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-14T18:00:00Z"));
    private final SummarySubmissions source = SummarySubmissions.sample();

    private EventSummaryViewModel summary() {
        EventSummaryViewModel vm = new EventSummaryViewModel(event, FairJobs.ALL, source, new ImmediateTaskExecutor(),
                Messages.load(), clock, new SummaryExport(Json.mapper()));
        vm.refresh();
        return vm;
    }

    @Test
    void countsByJobRatingHourAndState() {
        EventSummary numbers = summary().summaryProperty().get();
        assertEquals(Map.of("Backend Engineer", 2, "Night Nurse", 1, "Product Designer", 1), numbers.byJob());
        assertArrayEquals(new int[] {1, 0, 1, 1, 1}, numbers.byRating());
        assertEquals(List.of(2, 2), List.copyOf(numbers.perHour().values()));
        assertEquals(List.of(4, 1, 1, 1, 1), List.of(numbers.captured(), numbers.sent(), numbers.waiting(),
                numbers.needAttention(), numbers.alreadyInAts()));
    }

    @Test
    void triageListsBestRatedFirstAndFiltersNotSentAndMissingConsent() {
        EventSummaryViewModel vm = summary();
        assertEquals(List.of("Ada Lovelace", "Alan Turing", "Grace Hopper", "=HYPERLINK(\"http://evil\")"),
                vm.triageRows().stream().map(SummaryRow::name).toList());
        vm.triageProperty().set(EventSummaryViewModel.Triage.NOT_YET_SENT);
        assertEquals(List.of("Grace Hopper", "=HYPERLINK(\"http://evil\")"),
                vm.triageRows().stream().map(SummaryRow::name).toList());
        vm.triageProperty().set(EventSummaryViewModel.Triage.MISSING_CONSENT);
        assertEquals(List.of("bob@example.com"), vm.triageRows().stream().map(SummaryRow::email).toList());
    }

    @Test
    void theCsvDefusesFormulasAndTheJsonKeepsValues(@TempDir Path dir) throws Exception {
        EventSummaryViewModel vm = summary();
        String csv = vm.csv();
        assertTrue(csv.startsWith("captured_at,name,email,job,rating,consent,state\r\n"));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), csv);
        assertFalse(csv.contains(",=HYPERLINK"));
        JsonNode json = Json.mapper().readTree(vm.json());
        assertEquals(4, json.size());
        assertEquals("=HYPERLINK(\"http://evil\")", json.get(3).get("name").asText());
        assertEquals(4, json.get(0).get("rating").asInt());

        Path file = dir.resolve("berlin.csv");
        vm.export(file, false);
        assertEquals(csv, Files.readString(file));
    }

    @Test
    void purgingWaitsForTheRetentionAndThenKeepsWhatIsStillBeingSent() {
        EventSummaryViewModel early = summary();
        assertFalse(early.purgeAllowedProperty().get());
        early.purge();
        assertEquals(4, source.all.size());
        assertTrue(early.statusProperty().get().contains("2026-06-13"));

        clock.set(Instant.parse("2026-06-13T08:00:00Z"));
        EventSummaryViewModel later = summary();
        assertTrue(later.purgeAllowedProperty().get());
        later.purge();
        assertEquals(1, source.all.size());
        assertEquals(1, later.summaryProperty().get().captured());
        assertTrue(later.statusProperty().get().startsWith("Deleted 3"));
    }
}
