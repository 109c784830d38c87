package dev.intake.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.Job;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pagination as StackOne does it: page_size (default 25) and an opaque next cursor, over every job. */
class SandboxPaginationTest extends SandboxTestBase {

    @Test
    void cursorChainVisitsEveryJobOnceInOrderAndRespectsPageSize() {
        List<String> expected = server.data().jobs().stream().map(Job::id).toList();
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = http.get("/unified/ats/jobs?page_size=7" + (cursor == null ? ""
                    : "&next=" + SandboxHttp.encode(cursor))).json();
            page.path("data").forEach(job -> seen.add(job.path("id").asText()));
            sizes.add(page.path("data").size());
            JsonNode next = page.path("next");
            assertTrue(next.isNull() || next.isTextual(), "next must be a string or null: " + next);
            cursor = next.isNull() ? null : next.asText();
            if (cursor != null) {
                assertFalse(cursor.matches("\\d+"), "cursor is a plain number: " + cursor);
                assertFalse(cursor.equals(Integer.toString(pages + 2)), "cursor is the page number");
            }
            pages++;
        } while (cursor != null);

        assertEquals(expected, seen);
        assertEquals(new HashSet<>(expected).size(), seen.size());
        assertEquals((expected.size() + 6) / 7, pages);
        assertTrue(sizes.subList(0, sizes.size() - 1).stream().allMatch(size -> size == 7), sizes::toString);
        assertTrue(sizes.getLast() >= 1 && sizes.getLast() <= 7);
    }

    @Test
    void defaultPageSizeIs25() {
        JsonNode page = http.get("/unified/ats/jobs").json();

        assertEquals(25, page.path("data").size());
        assertTrue(page.path("next").isTextual());
    }

    @Test
    void pageSizeOutsideTheRangeIsABadRequest() {
        for (String size : List.of("0", "1001", "abc", "-5")) {
            SandboxHttp.Reply reply = http.get("/unified/ats/jobs?page_size=" + size);
            assertEquals(400, reply.status(), size);
            assertEquals(List.of("page_size"), reply.fields(), size);
        }
    }

    @Test
    void tamperedOrForeignCursorsAreRefused() {
        String candidatesCursor = http.get("/unified/ats/candidates?page_size=5").json().path("next").asText();
        String forged = Base64.getUrlEncoder().encodeToString("page=3".getBytes(StandardCharsets.UTF_8));

        for (String cursor : List.of(candidatesCursor, forged, "%%%", "3")) {
            SandboxHttp.Reply reply = http.get("/unified/ats/jobs?next=" + SandboxHttp.encode(cursor));
            assertEquals(400, reply.status(), cursor);
            assertEquals(List.of("next"), reply.fields(), cursor);
        }
    }

    @Test
    void filteredListsPageThroughTheMatchesOnly() {
        List<JsonNode> open = http.all("/unified/ats/jobs", Map.of("filter[status]", "open"), 4);

        assertEquals(server.data().jobs().stream().filter(j -> j.statusWord().equals("open")).count(), open.size());
    }

    @Test
    void aTenThousandJobCatalogueExtendsTheDefaultOne() {
        try (SandboxServer big = SandboxServer.start(SandboxOptions.defaults().withJobCount(10_000));
                SandboxHttp bigHttp = new SandboxHttp(big)) {
            List<JsonNode> jobs = bigHttp.all("/unified/ats/jobs", Map.of(), 1_000);

            assertEquals(10_000, jobs.size());
            assertEquals(10_000, jobs.stream().map(j -> j.path("id").asText()).distinct().count());
            List<JsonNode> first = http.all("/unified/ats/jobs", Map.of(), 100);
            assertEquals(first, jobs.subList(0, first.size()));
        }
    }
}
