package dev.intake.wizard.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.accounts.Profile;
import dev.intake.ats.AtsNetworkException;
import dev.intake.ats.CreateApplicationRequest.SourceRef;
import dev.intake.ats.Job;
import dev.intake.ats.Location;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.form.Messages;
import dev.intake.wizard.fakes.FakeAts;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobStepViewModelTest {
    private final ImmediateTaskExecutor executor = new ImmediateTaskExecutor();
    private final RecentSources recent = new RecentSources();

    private JobStepViewModel started(FakeAts ats, Profile.ProfileDefaults defaults) {
        JobStepViewModel vm = new JobStepViewModel(ats, executor, Messages.load(), defaults, recent);
        vm.start();
        return vm;
    }

    private Job job(JobStepViewModel vm, String id) {
        return vm.jobMatches().stream().filter(j -> j.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void openJobsAreListedWithDepartmentAndStatus() {
        JobStepViewModel vm = started(FakeAts.standard(), null);
        assertEquals(4, vm.jobMatches().size(), "the closed job is not listed with the open filter");
        assertEquals("Engineering · Open · ENG-12", vm.describe(job(vm, "j-backend")));
        assertEquals("4 of 4 jobs", vm.jobListStatusProperty().get());
        vm.jobFilterProperty().set(null);
        assertEquals(5, vm.jobMatches().size());
    }

    @Test
    void aJobIsRequired() {
        JobStepViewModel vm = started(FakeAts.standard(), null);
        assertFalse(vm.validProperty().get());
        vm.job().touch();
        assertEquals("Job is required: pick the job the candidate applies for.", vm.job().message());
        vm.job().set(job(vm, "j-designer"));
        assertTrue(vm.validProperty().get());
    }

    @Test
    void onlyTheFirstPageIsLoadedUntilMoreIsNeeded() {
        FakeAts ats = FakeAts.withGeneratedJobs(1_000);
        JobStepViewModel vm = started(ats, null);
        assertEquals(1, ats.jobPageFetches.get());
        assertEquals(JobStepViewModel.JOB_PAGE_SIZE, vm.loadedJobCount());
        assertTrue(vm.moreJobsProperty().get());
        vm.loadMoreJobs();
        assertEquals(2 * JobStepViewModel.JOB_PAGE_SIZE, vm.loadedJobCount());
    }

    @Test
    void aSearchThatFindsLittleLoadsFurtherPages() {
        FakeAts ats = FakeAts.withGeneratedJobs(1_000);
        JobStepViewModel vm = started(ats, null);
        vm.jobQueryProperty().set("electricien #59");
        assertTrue(vm.jobMatches().stream().anyMatch(j -> j.title().equals("Staff Électricien #597")),
                "a job beyond the first page is found by searching");
        assertTrue(ats.jobPageFetches.get() > 1);
    }

    @Test
    void aFailedPageSaysWhyAndCanBeRetried() {
        FakeAts ats = FakeAts.standard();
        ats.jobsFailure = new AtsNetworkException("Connection refused", false, null);
        JobStepViewModel vm = started(ats, null);
        assertTrue(vm.jobLoadFailedProperty().get());
        assertTrue(vm.jobListStatusProperty().get().startsWith("Jobs could not be loaded: No connection to the ATS"));
        ats.jobsFailure = null;
        vm.retryJobs();
        assertEquals(4, vm.jobMatches().size());
    }

    @Test
    void postingsAreThoseOfTheJobAndASinglePostingIsChosen() {
        JobStepViewModel vm = started(FakeAts.standard(), null);
        vm.job().set(job(vm, "j-sales"));
        assertEquals(List.of("p-sales-1", "p-sales-2"), vm.postings().stream().map(p -> p.id()).toList());
        assertNull(vm.posting().get());
        vm.job().set(job(vm, "j-backend"));
        assertEquals(FakeAts.QUESTIONNAIRE_POSTING, vm.posting().get().id());
    }

    @Test
    void thePostingsLocationsComeFirstAndTheFirstIsChosen() {
        JobStepViewModel vm = started(FakeAts.standard(), null);
        vm.job().set(job(vm, "j-backend"));
        List<String> order = vm.locations().stream().map(Location::id).toList();
        assertEquals(List.of("l-berlin", "l-remote", "l-amsterdam", "l-london", "l-paris"), order);
        assertEquals("l-berlin", vm.location().get().id());
        assertTrue(vm.postingLocationIds().contains("l-remote"));
    }

    @Test
    void sourceSuggestionsStartWithTheProfileDefaultThenRecentThenCommonOnes() {
        recent.remember("Hiring fair Berlin");
        JobStepViewModel vm = started(FakeAts.standard(),
                new Profile.ProfileDefaults("src-1", "Careers page", "l-paris", "screen", null));
        assertEquals("Careers page", vm.sourceName().get());
        vm.sourceName().set("");
        assertEquals(List.of("Careers page", "Hiring fair Berlin", "LinkedIn"),
                vm.sourceSuggestions().subList(0, 3));
        vm.sourceName().set("link");
        assertEquals(List.of("LinkedIn"), vm.sourceSuggestions());
        vm.sourceName().set("careers page");
        assertEquals(new SourceRef("src-1", "careers page"), vm.source(), "the default's id goes with its name");
        vm.sourceName().set("Walk-in");
        assertEquals(new SourceRef(null, "Walk-in"), vm.source());
        vm.rememberSource();
        vm.sourceName().set("");
        assertEquals("Walk-in", vm.sourceSuggestions().get(1));
        assertEquals("screen", vm.applicationStatusValue().value());
    }

    @Test
    void statusesReadAsWordsAndStagesOfTheJobAreSuggested() {
        JobStepViewModel vm = started(FakeAts.standard(), null);
        assertEquals("Background check", vm.statusLabel("background_check"));
        assertEquals("Declined by candidate", vm.statusLabel("declined_by_candidate"));
        assertEquals("Let the ATS decide", vm.statusLabel(null));
        assertNull(vm.applicationStatusValue());
        vm.job().set(job(vm, "j-backend"));
        assertEquals(List.of("Applied", "Phone screen", "Technical interview"), vm.stageSuggestions());
        vm.applicationStatus().set("interview");
        vm.statusSourceValue().set("Technical interview");
        assertEquals("interview", vm.applicationStatusValue().value());
        assertEquals("Technical interview", vm.applicationStatusValue().sourceValue().asText());
    }
}
