package dev.intake.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Application;
import dev.intake.ats.AtsHttpException;
import dev.intake.ats.Candidate;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.Job;
import dev.intake.ats.Page;
import dev.intake.ats.PageSource;
import dev.intake.ats.StackOneClient;
import dev.intake.sandbox.SandboxData;
import dev.intake.sandbox.SandboxOptions;
import dev.intake.sandbox.SandboxServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The client's lazy cursor pages walk every list of the sandbox, at any page size, to exactly its data. */
class ClientWalksSandboxListsTest extends ClientAgainstSandbox {

    /** A page source that records each page it fetched, so a test can see the cursor chain and the laziness. */
    private record RecordingPages<T>(PageSource<T> source, List<String> cursors, List<Page<T>> pages)
            implements PageSource<T> {
        RecordingPages(PageSource<T> source) {
            this(source, new ArrayList<>(), new ArrayList<>());
        }

        @Override
        public Page<T> fetch(String cursor) {
            Page<T> page = source.fetch(cursor);
            cursors.add(cursor);
            pages.add(page);
            return page;
        }

        @Override
        public CompletableFuture<Page<T>> fetchAsync(String cursor) {
            return source.fetchAsync(cursor);
        }

        /** Each page's {@code next} is the cursor the following fetch used, and the last page has none. */
        void assertUnbrokenChain() {
            assertNull(cursors.getFirst());
            for (int i = 1; i < pages.size(); i++) {
                assertNotNull(pages.get(i - 1).next());
                assertEquals(pages.get(i - 1).next(), cursors.get(i));
            }
            assertTrue(!pages.getLast().hasNext(), "the chain ends");
            assertEquals(cursors.size(), new HashSet<>(cursors).size(), "no page was fetched twice");
        }
    }

    /** Walks {@code source} to its end and checks the cursor chain on the way. */
    private static <T> List<T> walk(PageSource<T> source, int expectedPages) {
        RecordingPages<T> recording = new RecordingPages<>(source);
        List<T> items = recording.all();
        recording.assertUnbrokenChain();
        assertEquals(expectedPages, recording.pages().size());
        return items;
    }

    private static int pages(int items, int pageSize) {
        return Math.max(1, (items + pageSize - 1) / pageSize);
    }

    @Test
    void everyListWalkedAtSmallPageSizesEqualsTheSandboxsData() {
        SandboxData data = sandbox.data();
        Job job = data.jobs().getFirst();
        List<Job> open = data.jobs().stream().filter(j -> "open".equals(j.statusWord())).toList();
        List<Application> ofJob = data.applications().stream().filter(a -> a.jobId().equals(job.id())).toList();

        assertEquals(data.jobs(), walk(client.jobs(null, 7), pages(data.jobs().size(), 7)));
        assertEquals(open, walk(client.jobs("open", 4), pages(open.size(), 4)));
        assertEquals(data.jobPostings(), walk(client.jobPostings(9), pages(data.jobPostings().size(), 9)));
        assertEquals(data.locations(), walk(client.locations(3), pages(data.locations().size(), 3)));
        assertEquals(data.departments(), walk(client.departments(2), pages(data.departments().size(), 2)));
        assertEquals(data.candidateCustomFieldDefinitions(), walk(client.candidateCustomFieldDefinitions(2),
                pages(data.candidateCustomFieldDefinitions().size(), 2)));
        assertEquals(data.documentCategories(), walk(client.documentCategories(1),
                pages(data.documentCategories().size(), 1)));
        assertEquals(data.applicationStages(job.id()), walk(client.applicationStages(job.id(), 2),
                pages(data.applicationStages(job.id()).size(), 2)));
        assertEquals(ofJob, walk(client.applications(job.id(), null, 3), pages(ofJob.size(), 3)));
        assertEquals(data.applications(), walk(client.applications(null, null, 37),
                pages(data.applications().size(), 37)));
        assertTrue(data.jobs().size() >= 60 && open.size() > 4 && data.locations().size() >= 10
                && ofJob.size() > 3 && data.applications().size() > 37, "every list spans several pages");
        assertTrue(data.jobPostings().stream().allMatch(p -> p.questionnaires() != null),
                "postings come with their questionnaires");
    }

    @Test
    void candidatesSharingAnAddressAreWalkedOnePerPage() {
        String email = Applications.freshEmail();
        CreateApplicationRequest request = Applications.toJob(Applications.openJob(sandbox.data()).id(),
                Applications.newCandidate(email));
        for (int i = 0; i < 3; i++) {
            client.createApplication(request);
        }

        List<Candidate> walked = walk(client.candidatesByEmail(email, 1), 3);

        assertEquals(sandbox.data().candidatesByEmail(email), walked);
        assertEquals(3, new HashSet<>(walked.stream().map(Candidate::id).toList()).size());
        assertEquals(List.of(), walk(client.candidatesByEmail("nobody-" + email, 25), 1));
    }

    @Test
    void aCursorIsGoodOnlyForTheListThatGaveIt() {
        String jobsCursor = client.jobs(null, 5).fetch(null).next();

        AtsHttpException error = refused(400, AtsHttpException.Kind.BAD_REQUEST,
                () -> client.locations(5).fetch(jobsCursor));

        assertEquals(Map.of("next", "is not a cursor this list returned, start again without next"),
                Applications.problems(error));
    }

    @Test
    void tenThousandJobsAreIteratedLazilyAlongTheWholeCursorChain() {
        try (SandboxServer large = SandboxServer.start(SandboxOptions.defaults().withJobCount(10_000))) {
            StackOneClient largeClient = clientFor(large, large.apiKey(), SandboxServer.ACCOUNT_ID);
            List<Job> expected = large.data().jobs();
            RecordingPages<Job> pages = new RecordingPages<>(largeClient.jobs(null, 100));

            Iterator<Job> jobs = pages.iterator();
            assertEquals(expected.getFirst(), jobs.next());
            assertEquals(1, pages.pages().size(), "the first job needs only the first page");
            List<Job> walked = new ArrayList<>(List.of(expected.getFirst()));
            jobs.forEachRemaining(walked::add);

            assertEquals(10_000, walked.size());
            assertEquals(expected, walked);
            assertEquals(100, pages.pages().size());
            assertTrue(pages.pages().stream().allMatch(p -> p.data().size() == 100));
            pages.assertUnbrokenChain();
        }
    }

    @Test
    void aPageOfTheCatalogueArrivesWithoutWaitingOnTcpAcknowledgements() {
        // Before the sandbox turned Nagle's algorithm off, every answer of a few dozen kilobytes waited ~40 ms for
        // the client's delayed ACK of its headers: a picker benchmark would have measured TCP, not Intake. The
        // fastest of ten fetches leaves out any one-off hiccup of a busy machine.
        PageSource<Job> jobs = client.jobs(null, 60);
        assertEquals(sandbox.data().jobs(), jobs.fetch(null).data());
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            jobs.fetch(null);
            fastest = Math.min(fastest, System.nanoTime() - start);
        }
        assertTrue(TimeUnit.NANOSECONDS.toMillis(fastest) < 30, "fastest page took " + fastest / 1_000_000 + " ms");
    }
}
