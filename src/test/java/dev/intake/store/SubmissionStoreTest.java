package dev.intake.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.testing.SampleRequests;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionStoreTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;
    private Database db;
    private SubmissionStore store;

    @BeforeEach
    void open() {
        db = DatabaseTest.opened(Database.open(dir, Clock.fixed(T0, ZoneOffset.UTC)));
        store = new SubmissionStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private StoredSubmission add(String profile, String name, String email, String job, int minutes) {
        return store.insert(profile, SampleRequests.newCandidate(name, email, job), HistoryLabels.NONE,
                T0.plusSeconds(60L * minutes));
    }

    private List<String> names(HistoryQuery query) {
        return store.search(query, 0, 100).stream().map(HistoryEntry::candidateName).toList();
    }

    @Test
    void recentSourcesComeNewestFirstOncePerName() {
        store.insert("p", SampleRequests.newCandidate("Ana Li", "ana@example.com", "j"), HistoryLabels.NONE, T0);
        store.insert("p", SampleRequests.existingCandidate("c-1", "j"), HistoryLabels.NONE, T0.plusSeconds(60));
        store.insert("p", SampleRequests.newCandidate("Bo Ek", "bo@example.com", "j"),
                HistoryLabels.NONE, T0.plusSeconds(120));

        assertEquals(List.of("Hiring fair", "Referral"), store.recentSourceNames(50));
        assertEquals(List.of("Hiring fair"), store.recentSourceNames(1));
    }

    @Test
    void insertedSubmissionComesBackWithItsFullRequestAsQueued() {
        StoredSubmission stored = add("p1", "Ana Li", "Ana@Example.com", "job-7", 0);
        Submission s = store.get(stored.localId()).orElseThrow();

        assertEquals(SubmissionState.QUEUED, s.state());
        assertEquals("p1", s.profileId());
        assertEquals(T0, s.createdAt());
        assertEquals(SampleRequests.newCandidate("Ana Li", "Ana@Example.com", "job-7"), s.request());
        assertEquals(0, s.attempts());
        assertEquals(List.of(stored), store.unsettled());
    }

    @Test
    void transitionOnlyAppliesFromTheExpectedStates() {
        long id = add("p1", "Ana Li", "ana@example.com", "job-7", 0).localId();

        StoredSubmission sending = store.transition(id, Set.of(SubmissionState.QUEUED),
                e -> e.state(SubmissionState.SENDING).attempts(e.attempts() + 1).firstSentAt(T0).mayExist(true),
                T0.plusSeconds(5)).orElseThrow();
        assertEquals(SubmissionState.SENDING, sending.submission().state());
        assertEquals(1, sending.submission().attempts());
        assertEquals(T0.plusSeconds(5), sending.submission().updatedAt());
        assertTrue(sending.mayExist());

        // The user's cancel arrives after the sender took it: it must not overwrite SENDING.
        assertTrue(store.transition(id, Set.of(SubmissionState.QUEUED), e -> e.state(SubmissionState.CANCELLED),
                T0.plusSeconds(6)).isEmpty());
        assertTrue(store.transition(999, Set.of(SubmissionState.QUEUED), e -> e.state(SubmissionState.CANCELLED),
                T0).isEmpty());

        Submission created = store.transition(id, Set.of(SubmissionState.SENDING),
                e -> e.state(SubmissionState.CREATED).created("app-1", "r-1", "{\"ok\":true}").error(null, null),
                T0.plusSeconds(7)).orElseThrow().submission();
        assertEquals("app-1", created.applicationId());
        assertEquals("r-1", created.remoteApplicationId());
        assertTrue(store.isApplicationRecorded("app-1"));
        assertFalse(store.isApplicationRecorded("app-2"));
        assertTrue(store.unsettled().isEmpty());
    }

    @Test
    void nextWakeUpIsTheEarliestScheduledRetryOrCheck() {
        long a = add("p1", "Ana Li", "ana@example.com", "j", 0).localId();
        long b = add("p1", "Bo Chen", "bo@example.com", "j", 1).localId();
        assertTrue(store.nextWakeUp().isEmpty());
        store.transition(a, Set.of(SubmissionState.QUEUED),
                e -> e.state(SubmissionState.WAITING_TO_RETRY).nextAttemptAt(T0.plusSeconds(90)), T0);
        store.transition(b, Set.of(SubmissionState.QUEUED),
                e -> e.state(SubmissionState.OUTCOME_UNKNOWN).nextAttemptAt(T0.plusSeconds(30)), T0);
        assertEquals(T0.plusSeconds(30), store.nextWakeUp().orElseThrow());
    }

    @Test
    void searchMatchesWordPrefixesOfNameEmailAndJobIgnoringCaseAndAccents() {
        add("p1", "José Álvarez", "jose.alvarez@example.com", "job-backend", 0);
        add("p1", "Ana Li", "ana.li@example.org", "job-frontend", 1);
        add("p1", "Анна Петрова", "anna@example.ru", "job-backend", 2);
        add("p1", "李小龙", "lee@example.cn", "job-design", 3);

        assertEquals(List.of("José Álvarez"), names(HistoryQuery.all().withText("jose")));
        assertEquals(List.of("José Álvarez"), names(HistoryQuery.all().withText("ALV")));
        assertEquals(List.of("Ana Li"), names(HistoryQuery.all().withText("ana.li@ex")));
        assertEquals(List.of("Анна Петрова"), names(HistoryQuery.all().withText("анн")));
        assertEquals(List.of("Анна Петрова", "José Álvarez"), names(HistoryQuery.all().withText("backend")));
        assertEquals(List.of("Ana Li"), names(HistoryQuery.all().withText("example.org")));
        // Words the user types that look like FTS5 syntax are plain text, never an error.
        assertEquals(List.of(), names(HistoryQuery.all().withText("NEAR( \"ana\" OR *")));
        assertEquals(4, names(HistoryQuery.all().withText("  ")).size());
    }

    @Test
    void theJobTitleIsShownSearchedAndSortedInPlaceOfTheIdWhereItIsKnown() {
        store.insert("p1", SampleRequests.newCandidate("Ana Li", "ana@example.com", "job-7"),
                HistoryLabels.job("Warehouse Lead"), T0);
        store.insert("p1", SampleRequests.newCandidate("Bo Chen", "bo@example.com", "job-3"),
                HistoryLabels.job("  "), T0);
        store.insert("p1", SampleRequests.newCandidate("Cy Dune", "cy@example.com", "job-5"),
                HistoryLabels.job("backend Engineer"), T0);

        assertEquals(List.of("Ana Li"), names(HistoryQuery.all().withText("wareh")));
        List<HistoryEntry> byJob = store.search(HistoryQuery.all().withSort(HistorySort.JOB, false), 0, 10);
        assertEquals(List.of("backend Engineer", "job-3", "Warehouse Lead"), byJob.stream()
                .map(e -> e.jobTitle() != null ? e.jobTitle() : e.jobId()).toList(), "a blank title counts as none");
        assertEquals("job-7", byJob.getLast().jobId());

        long ana = byJob.getLast().localId();
        store.transition(ana, Set.of(SubmissionState.QUEUED),
                e -> e.labels(HistoryLabels.job("Warehouse Lead (nights)")), T0);
        assertEquals("Warehouse Lead (nights)", store.find(ana).orElseThrow().labels().jobTitle());
        assertEquals(List.of("Ana Li"), names(HistoryQuery.all().withText("nights")), "the index follows a change");
    }

    @Test
    void anExistingCandidateIsNamedAsPickedWhileARequestsOwnNameComesFirst() {
        store.insert("p1", SampleRequests.existingCandidate("cand-9", "job-1"),
                new HistoryLabels("Ada Lovelace", "Ada@Example.com", null), T0);
        store.insert("p1", SampleRequests.newCandidate("Bo Chen", "bo@example.com", "job-1"),
                new HistoryLabels("Someone Else", "else@example.com", null), T0);

        HistoryEntry ada = store.search(HistoryQuery.all().withText("lovelace"), 0, 10).getFirst();
        assertEquals("cand-9", ada.candidateId());
        assertEquals("Ada Lovelace", ada.candidateName());
        assertEquals("ada@example.com", ada.candidateEmail());
        assertEquals(List.of("Bo Chen"), names(HistoryQuery.all().withText("bo")));
        assertEquals(List.of(), names(HistoryQuery.all().withText("else")));
    }

    @Test
    void filtersByStateTimeAndProfileCombineWithSearch() {
        long a = add("p1", "Ana Li", "ana@example.com", "j1", 0).localId();
        add("p2", "Ana Moreau", "ana.m@example.com", "j1", 10);
        add("p1", "Bo Chen", "bo@example.com", "j2", 20);
        store.transition(a, Set.of(SubmissionState.QUEUED), e -> e.state(SubmissionState.REJECTED), T0);

        assertEquals(List.of("Ana Li"), names(HistoryQuery.all().withStates(Set.of(SubmissionState.REJECTED))));
        assertEquals(List.of("Bo Chen", "Ana Moreau"),
                names(HistoryQuery.all().withStates(Set.of(SubmissionState.QUEUED))));
        assertEquals(List.of("Ana Moreau"),
                names(HistoryQuery.all().withRange(T0.plusSeconds(60), T0.plusSeconds(60 * 20))));
        assertEquals(List.of("Bo Chen", "Ana Li"), names(HistoryQuery.all().withProfile("p1")));
        assertEquals(List.of("Ana Li"), names(HistoryQuery.all().withProfile("p1").withText("ana")));
        assertEquals(1, store.count(HistoryQuery.all().withProfile("p1").withText("ana")));
        assertEquals(3, store.count(HistoryQuery.all()));
    }

    @Test
    void sortsAndPagesWithoutGapsOrRepeats() {
        String[] names = {"delta", "Alpha", "charlie", "bravo", "Echo"};
        for (int i = 0; i < names.length; i++) {
            add("p1", names[i] + " Person", names[i].toLowerCase() + "@example.com", "job-" + (i % 2), i);
        }
        assertEquals(List.of("Alpha Person", "bravo Person", "charlie Person", "delta Person", "Echo Person"),
                names(HistoryQuery.all().withSort(HistorySort.CANDIDATE, false)));
        assertEquals(List.of("Echo Person", "bravo Person", "charlie Person", "Alpha Person", "delta Person"),
                names(HistoryQuery.all()));
        assertEquals(List.of("delta Person", "Alpha Person", "charlie Person", "bravo Person", "Echo Person"),
                names(HistoryQuery.all().withSort(HistorySort.TIME, false)));
        // Ties keep submission order in the same direction.
        assertEquals(List.of("bravo Person", "Alpha Person", "Echo Person", "charlie Person", "delta Person"),
                names(HistoryQuery.all().withSort(HistorySort.JOB, true)));

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 5; offset += 2) {
            store.search(HistoryQuery.all().withSort(HistorySort.EMAIL, false), offset, 2)
                    .forEach(e -> paged.add(e.candidateEmail()));
        }
        assertEquals(List.of("alpha@example.com", "bravo@example.com", "charlie@example.com", "delta@example.com",
                "echo@example.com"), paged);
    }

    @Test
    void deletePurgeAndForgetRemoveOnlyWhatTheySay() {
        long old = add("p1", "Ana Li", "ana@example.com", "j1", 0).localId();
        long oldPending = add("p1", "Bo Chen", "bo@example.com", "j1", 1).localId();
        add("p1", "Cy Dune", "cy@example.com", "j1", 60 * 24 * 40);
        long forgotten = store.insert("p1", SampleRequests.existingCandidate("cand-9", "j2"), HistoryLabels.NONE,
                T0.plusSeconds(60L * 60 * 24 * 41)).localId();
        store.transition(old, Set.of(SubmissionState.QUEUED), e -> e.state(SubmissionState.CREATED), T0);

        assertEquals(1, store.purgeSettledBefore(T0.plus(Duration.ofDays(30))));
        assertTrue(store.get(old).isEmpty());
        assertTrue(store.get(oldPending).isPresent(), "a submission still to be sent is never purged");

        assertEquals(1, store.forgetCandidate("CY@example.com", null));
        assertEquals(1, store.forgetCandidate(null, "cand-9"));
        assertTrue(store.get(forgotten).isEmpty());
        assertEquals(List.of("Bo Chen"), names(HistoryQuery.all()));
        assertEquals(List.of(), names(HistoryQuery.all().withText("cy")), "the search index forgets too");

        assertEquals(1, store.delete(List.of(oldPending, 12345L)));
        assertEquals(0, store.count(HistoryQuery.all()));
    }

    @Test
    void forEachMatchingAndGetAllReturnFullSubmissions() {
        long a = add("p1", "Ana Li", "ana@example.com", "j1", 0).localId();
        long b = add("p1", "Bo Chen", "bo@example.com", "j2", 1).localId();
        List<Long> seen = new ArrayList<>();
        store.forEachMatching(HistoryQuery.all().withText("bo"), s -> seen.add(s.localId()));
        assertEquals(List.of(b), seen);
        assertEquals(List.of(a, b), store.getAll(List.of(b, a, 77L)).stream().map(Submission::localId).toList());
        assertEquals("j2", store.getAll(List.of(b)).getFirst().request().jobId());
    }
}
