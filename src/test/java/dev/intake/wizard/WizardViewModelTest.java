package dev.intake.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.Job;
import dev.intake.ats.Json;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.contract.OpenApiContract;
import dev.intake.form.Banner;
import dev.intake.form.Messages;
import dev.intake.store.HistoryLabels;
import dev.intake.wizard.candidate.CandidateStepViewModel.Mode;
import dev.intake.wizard.candidate.Countries;
import dev.intake.wizard.fakes.FakeAts;
import dev.intake.wizard.fakes.FakeOutbox;
import dev.intake.wizard.fakes.InMemoryDraftStore;
import dev.intake.wizard.fakes.TestProfiles;
import dev.intake.wizard.job.RecentSources;
import dev.intake.wizard.questionnaire.QuestionModel;
import dev.intake.wizard.result.SubmissionViewModel.Phase;
import dev.intake.wizard.step.WizardStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Walks the wizard through its view-models alone, the way the view drives them. */
class WizardViewModelTest {

    @TempDir
    Path dir;
    private final FakeAts ats = FakeAts.standard();
    private final FakeOutbox outbox = new FakeOutbox();
    private final ImmediateTaskExecutor executor = new ImmediateTaskExecutor();
    private WizardViewModel wizard;

    @BeforeEach
    void setUp() {
        wizard = new WizardViewModel(ats, outbox, new InMemoryDraftStore(), TestProfiles.SANDBOX, executor,
                Messages.load(),
                Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC), new RecentSources());
        wizard.start();
    }

    private Job job(String id) {
        return wizard.job().jobMatches().stream().filter(j -> j.id().equals(id)).findFirst().orElseThrow();
    }

    private QuestionModel question(String id) {
        return wizard.questionnaire().visibleQuestions().stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private void enterNewCandidate() {
        wizard.candidate().firstName().set("Linus");
        wizard.candidate().lastName().set("Torvalds");
        wizard.candidate().email().set("linus@example.org");
        wizard.candidate().country().set(Countries.byCode("FI").orElseThrow());
        wizard.candidate().phones().getFirst().number().set("040 1234567");
    }

    private void answerQuestionnaire() {
        question("q-why").text().set("Kernel work");
        question("q-visa").text().set("opt-yes");
        question("q-visa-type").text().set("EU Blue Card");
    }

    @Test
    void walksFromNewApplicantToCreatedApplication() throws IOException {
        assertEquals(WizardStep.CANDIDATE, wizard.currentStep());
        assertFalse(wizard.canGoNextProperty().get());
        assertFalse(wizard.next());
        assertEquals(WizardStep.CANDIDATE, wizard.currentStep());
        assertSame(wizard.candidate().firstName(), wizard.focusRequestProperty().get(), "focus goes to the first problem");
        assertTrue(wizard.candidate().firstName().message().contains("required"));

        enterNewCandidate();
        assertTrue(wizard.canGoNextProperty().get());
        assertTrue(wizard.next());
        assertEquals(WizardStep.JOB, wizard.currentStep());
        assertEquals(1, wizard.pageIndexProperty().get());

        wizard.job().jobQueryProperty().set("backend");
        wizard.job().job().set(job("j-backend"));
        assertTrue(wizard.next());
        assertEquals(WizardStep.QUESTIONNAIRE, wizard.currentStep());
        assertFalse(wizard.canGoNextProperty().get());
        answerQuestionnaire();
        assertTrue(wizard.next());
        assertEquals(WizardStep.DOCUMENTS, wizard.currentStep());
        wizard.documents().addFiles(List.of(Files.writeString(dir.resolve("cv.pdf"), "%PDF cv")));
        assertTrue(wizard.next());
        assertEquals(WizardStep.REVIEW, wizard.currentStep());
        assertFalse(wizard.canGoNextProperty().get(), "Review ends with Submit, not Next");
        assertTrue(wizard.review().jsonPreviewProperty().get().contains("<base64 content, 12 characters>"));

        wizard.submit();
        assertEquals(Phase.SENDING, wizard.submission().phase());
        assertFalse(wizard.canGoBackProperty().get(), "no going back while sending");
        outbox.created(1, "app-1", "rem-1", null);
        assertEquals(WizardStep.RESULT, wizard.currentStep());

        CreateApplicationRequest sent = outbox.submitted.getFirst();
        assertEquals("j-backend", sent.jobId());
        assertEquals(List.of(HistoryLabels.job("Senior Backend Engineer")), outbox.labels,
                "history names the job picked; the new candidate's name is in the request");
        assertEquals(FakeAts.QUESTIONNAIRE_POSTING, sent.jobPostingId());
        assertEquals("l-berlin", sent.locationId());
        assertEquals("Job fair", sent.source().name());
        assertEquals("new", sent.applicationStatus().value());
        assertNull(sent.candidateId());
        assertEquals("+358401234567", sent.candidate().phoneNumbers().getFirst().phone());
        assertEquals("Finland", sent.candidate().country());
        assertEquals(List.of("q-why", "q-visa", "q-visa-type"),
                sent.questionnaires().getFirst().answers().stream().map(a -> a.id()).toList());
        assertEquals("cat-resume", sent.documents().getFirst().categoryId());
    }

    @Test
    void theRequestTheWizardBuildsIsValidAgainstTheSpec() throws IOException {
        enterNewCandidate();
        wizard.candidate().socialLinks().getFirst().url().set("https://www.linkedin.com/in/linus");
        wizard.candidate().hiredDate().set("2026-04-01");
        wizard.candidate().passthrough().set("{\"other_known_names\": \"Linus\"}");
        wizard.job().job().set(job("j-backend"));
        answerQuestionnaire();
        question("q-langs").choices().set(List.of("lang-java"));
        question("q-relocate").text().set(QuestionModel.NO);
        wizard.documents().addFiles(List.of(Files.writeString(dir.resolve("cv.pdf"), "%PDF cv")));
        JsonNode body = Json.mapper().valueToTree(wizard.buildRequest());
        assertEquals("2026-04-01T00:00:00.000Z", body.path("candidate").path("hired_at").asText());
        List<String> problems = OpenApiContract.load().violations("AtsCreateApplicationRequestDto", body);
        assertEquals(List.of(), problems);
    }

    @Test
    void theQuestionnaireIsSkippedWhenThePostingHasNone() {
        enterNewCandidate();
        wizard.next();
        wizard.job().job().set(job("j-designer"));
        assertTrue(wizard.isSkipped(WizardStep.QUESTIONNAIRE));
        wizard.next();
        assertEquals(WizardStep.DOCUMENTS, wizard.currentStep());
        wizard.back();
        assertEquals(WizardStep.JOB, wizard.currentStep(), "Back skips it too");
        wizard.next();
        wizard.next();
        assertNull(wizard.buildRequest().questionnaires());
    }

    private void reachReview() {
        enterNewCandidate();
        wizard.next();
        wizard.job().job().set(job("j-backend"));
        wizard.next();
        answerQuestionnaire();
        wizard.next();
        wizard.next();
        assertEquals(WizardStep.REVIEW, wizard.currentStep());
    }

    @Test
    void editFromReviewJumpsBackAndReturnsToReview() {
        reachReview();
        wizard.edit(WizardStep.CANDIDATE);
        assertEquals(WizardStep.CANDIDATE, wizard.currentStep());
        assertTrue(wizard.editingFromReviewProperty().get());
        wizard.candidate().company().set("Transmeta");
        assertTrue(wizard.returnToReview());
        assertEquals(WizardStep.REVIEW, wizard.currentStep());
        assertTrue(wizard.review().sections().getFirst().lines().stream()
                .anyMatch(l -> l.value().equals("Transmeta")));
        assertFalse(wizard.editingFromReviewProperty().get());
    }

    @Test
    void submitShowsTheFirstStepThatBecameInvalid() {
        reachReview();
        wizard.edit(WizardStep.JOB);
        wizard.job().job().set(job("j-sales"));
        wizard.job().job().set(job("j-backend"));
        wizard.candidate().email().set("not-an-email");
        assertTrue(wizard.returnToReview());
        wizard.submit();
        assertEquals(WizardStep.CANDIDATE, wizard.currentStep());
        assertSame(wizard.candidate().email(), wizard.focusRequestProperty().get());
        assertTrue(outbox.submitted.isEmpty());
    }

    @Test
    void aServer422NamingAFieldIsShownOnThatField() {
        reachReview();
        wizard.submit();
        outbox.reject(1, 422, "candidate.email: domain example.org does not accept mail");
        assertEquals(WizardStep.CANDIDATE, wizard.currentStep());
        assertSame(wizard.candidate().email(), wizard.focusRequestProperty().get());
        assertEquals("The ATS refused this value: candidate.email: domain example.org does not accept mail",
                wizard.candidate().email().message());
        assertEquals(Banner.Kind.ERROR, wizard.bannerProperty().get().kind());
        assertEquals("Linus", wizard.candidate().firstName().get(), "nothing typed is lost");
        assertFalse(wizard.canGoNextProperty().get());
        wizard.candidate().email().set("linus@kernel.org");
        assertTrue(wizard.returnToReview());
        wizard.submit();
        assertEquals(List.of(1L), outbox.resubmitted);
    }

    @Test
    void aServer422NamingAQuestionIsShownOnThatQuestion() {
        reachReview();
        wizard.submit();
        outbox.reject(1, 422, "Answer to question q-visa-type is not an accepted visa");
        assertEquals(WizardStep.QUESTIONNAIRE, wizard.currentStep());
        assertSame(question("q-visa-type").text(), wizard.focusRequestProperty().get());
    }

    @Test
    void aRejectionThatNamesNoFieldIsABannerOnTheReview() {
        reachReview();
        wizard.submit();
        outbox.reject(1, 400, "Provider rejected the request");
        assertEquals(WizardStep.REVIEW, wizard.currentStep());
        Banner banner = wizard.bannerProperty().get();
        assertEquals("The ATS refused the request (400)", banner.title());
        assertEquals("Provider rejected the request", banner.detail());
        wizard.submit();
        outbox.reject(1, 401, "Invalid API key");
        assertTrue(wizard.bannerProperty().get().advice().contains("API key"));
    }

    @Test
    void cancelledSubmissionReturnsToReviewWithEverythingKept() {
        reachReview();
        wizard.submit();
        wizard.cancelSubmit();
        assertEquals(WizardStep.REVIEW, wizard.currentStep());
        assertEquals("Submission cancelled", wizard.bannerProperty().get().title());
        assertEquals("Linus", wizard.candidate().firstName().get());
    }

    @Test
    void queuedOfflineMovesOnToTheResult() {
        reachReview();
        wizard.submit();
        outbox.waitToRetry(1, null, "No route to host", java.time.Duration.ofSeconds(30));
        assertEquals(WizardStep.RESULT, wizard.currentStep());
        assertEquals(Phase.QUEUED_OFFLINE, wizard.submission().phase());
    }

    @Test
    void newApplicantKeepsJobAndSourceButNotThePerson() {
        reachReview();
        wizard.job().sourceName().set("Hiring fair Lyon");
        outbox.automatic = true;
        wizard.submit();
        assertEquals(WizardStep.RESULT, wizard.currentStep());
        wizard.newApplicant();
        assertEquals(WizardStep.CANDIDATE, wizard.currentStep());
        assertEquals("", wizard.candidate().email().get());
        assertEquals("j-backend", wizard.job().job().get().id());
        assertEquals("Hiring fair Lyon", wizard.job().sourceName().get());
        assertEquals("", question("q-why").text().get());
        assertTrue(wizard.documents().documents().isEmpty());
        wizard.job().sourceName().set("");
        assertEquals(List.of("Job fair", "Hiring fair Lyon"), wizard.job().sourceSuggestions().subList(0, 2),
                "the profile's default, then the recently used source");
    }

    @Test
    void sameCandidateAnotherJobUsesTheCandidateJustCreated() {
        reachReview();
        outbox.automatic = true;
        wizard.submit();
        ats.addCandidate("c-linus", "Linus", "Torvalds", "linus@example.org");
        wizard.sameCandidateAnotherJob();
        assertEquals(WizardStep.JOB, wizard.currentStep());
        assertEquals(Mode.EXISTING, wizard.candidate().modeProperty().get());
        assertEquals("c-linus", wizard.candidate().candidateId());
        assertNull(wizard.job().job().get());
        wizard.job().job().set(job("j-designer"));
        wizard.next();
        wizard.next();
        wizard.submit();
        CreateApplicationRequest second = outbox.submitted.getLast();
        assertEquals("c-linus", second.candidateId());
        assertNull(second.candidate());
        assertEquals("j-designer", second.jobId());
        HistoryLabels named = outbox.labels.getLast();
        assertEquals("Linus Torvalds", named.candidateName(), "history names the candidate, not c-linus");
        assertEquals("linus@example.org", named.candidateEmail());
        assertEquals(job("j-designer").title(), named.jobTitle());
    }
}
