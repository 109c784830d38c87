package dev.intake.wizard.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Job;
import dev.intake.wizard.fakes.FakeAts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobIndexTest {
    private final JobIndex index = new JobIndex();

    private List<String> ids(List<Job> jobs) {
        return jobs.stream().map(Job::id).toList();
    }

    @Test
    void everyWordMustMatchTitleCodeStatusOrDepartment() {
        index.addAll(FakeAts.standard().jobs);
        index.setDepartmentNames(Map.of("d-eng", "Engineering", "d-design", "Design", "d-sales", "Sales")::get);
        assertEquals(List.of("j-backend"), ids(index.search("senior eng")));
        assertEquals(List.of("j-designer"), ids(index.search("DES-3")));
        assertEquals(List.of("j-old"), ids(index.search("closed")));
        assertEquals(List.of("j-sales"), ids(index.search("account sales")));
        assertEquals(5, index.search("  ").size());
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        index.addAll(FakeAts.standard().jobs);
        assertEquals(List.of("j-dev-fr"), ids(index.search("developpeur")));
        assertEquals(List.of("j-dev-fr"), ids(index.search("DÉVELOPPEUR java")));
    }

    @Test
    void titlesStartingWithTheFirstWordComeFirst() {
        index.addAll(List.of(FakeAts.standard().jobs.get(4), FakeAts.standard().jobs.get(0)));
        assertEquals(List.of("j-backend", "j-old"), ids(index.search("s")), "Senior… before Legacy Support…");
    }

    @Test
    void refiningAQueryGivesTheSameResultAsSearchingAfresh() {
        List<Job> jobs = FakeAts.generatedJobs(2_000);
        index.addAll(jobs);
        JobIndex fresh = new JobIndex();
        fresh.addAll(jobs);
        String typed = "senior data #1";
        for (int i = 1; i <= typed.length(); i++) {
            String prefix = typed.substring(0, i);
            List<Job> incremental = index.search(prefix);
            fresh.search("reset the incremental state " + i);
            assertEquals(ids(fresh.search(prefix)), ids(incremental), prefix);
        }
        assertTrue(index.search(typed).stream().allMatch(j -> j.title().startsWith("Senior Data Scientist #1")));
    }

    @Test
    void newPagesAreSearchedToo() {
        index.addAll(FakeAts.generatedJobs(10));
        assertEquals(0, index.search("product").size());
        index.addAll(List.of(FakeAts.standard().jobs.get(1)));
        assertEquals(List.of("j-designer"), ids(index.search("product")));
    }
}
