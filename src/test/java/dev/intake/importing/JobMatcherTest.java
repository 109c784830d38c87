package dev.intake.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.intake.ats.Job;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobMatcherTest {
    static Job job(String id, String code, String title) {
        return new Job(id, null, code, title, null, "open", List.of(), List.of(), null, null);
    }

    static final List<Job> JOBS = List.of(
            job("101", "ENG-7", "Backend Engineer"),
            job("102", "ENG-8", "Frontend Engineer"),
            job("103", "SAL-1", "Sales Manager"),
            job("104", "SAL-2", "Sales Manager"),
            job("105", null, "Büroassistenz"),
            job("106", "ENG-7B", "Data Engineer"));

    private final JobMatcher matcher = new JobMatcher(JOBS);

    @Test
    void aJobIsFoundByIdThenCodeThenItsOnlyTitle() {
        assertEquals("101", found(matcher.match("101")).id());
        assertEquals("102", found(matcher.match(" eng-8 ")).id());
        assertEquals("101", found(matcher.match("backend  ENGINEER")).id());
        assertEquals("105", found(matcher.match("Buroassistenz")).id(), "accents are ignored");
    }

    @Test
    void aTitleSharedByTwoJobsIsAmbiguousRatherThanGuessed() {
        JobMatcher.Ambiguous ambiguous = assertInstanceOf(JobMatcher.Ambiguous.class, matcher.match("Sales manager"));
        assertEquals(List.of("103", "104"), ambiguous.jobs().stream().map(Job::id).toList());
    }

    @Test
    void anUnknownJobSuggestsUpToThreeSimilarOnes() {
        JobMatcher.NotFound notFound = assertInstanceOf(JobMatcher.NotFound.class, matcher.match("Backend Enginer"));
        assertEquals("101", notFound.closest().getFirst().id());
        assertEquals(3, notFound.closest().size());

        JobMatcher.NotFound byCode = assertInstanceOf(JobMatcher.NotFound.class, matcher.match("ENG-9"));
        assertEquals(List.of("101", "102", "106"), byCode.closest().stream().map(Job::id).toList());

        assertEquals(List.of(), assertInstanceOf(JobMatcher.NotFound.class, matcher.match("§§")).closest());
    }

    private static Job found(JobMatcher.Match match) {
        return assertInstanceOf(JobMatcher.Found.class, match).job();
    }
}
