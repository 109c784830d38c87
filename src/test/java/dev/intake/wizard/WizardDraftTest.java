package dev.intake.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.accounts.Profile;
import dev.intake.ats.Json;
import dev.intake.common.BackgroundTask;
import dev.intake.common.HeldTaskExecutor;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.common.TaskExecutor;
import dev.intake.form.Messages;
import dev.intake.store.DraftStore;
import dev.intake.wizard.candidate.Countries;
import dev.intake.wizard.candidate.CustomFieldInput;
import dev.intake.wizard.fakes.FakeAts;
import dev.intake.wizard.fakes.FakeOutbox;
import dev.intake.wizard.fakes.InMemoryDraftStore;
import dev.intake.wizard.fakes.TestProfiles;
import dev.intake.wizard.job.RecentSources;
import dev.intake.wizard.questionnaire.QuestionModel;
import dev.intake.wizard.step.WizardStep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts: saved as the user types (debounced, in the background) and restored exactly. */
class WizardDraftTest {
    @TempDir
    Path dir;
    private final FakeAts ats = FakeAts.standard();
    private final FakeOutbox outbox = new FakeOutbox();
    private final InMemoryDraftStore drafts = new InMemoryDraftStore();
    private final ImmediateTaskExecutor executor = new ImmediateTaskExecutor();

    private WizardViewModel wizard(Profile profile) {
        WizardViewModel wizard = new WizardViewModel(ats, outbox, drafts, profile, executor, Messages.load(),
                Clock.fixed(Instant.parse("2026-03-01T09:30:00Z"), ZoneOffset.UTC), new RecentSources());
        wizard.start();
        return wizard;
    }

    private QuestionModel question(WizardViewModel wizard, String id) {
        return wizard.questionnaire().sections().getFirst().questions().stream().filter(q -> q.id().equals(id))
                .findFirst().orElseThrow();
    }

    /** Fills in every kind of input the wizard has. */
    private void fillEverything(WizardViewModel wizard) throws IOException {
        var c = wizard.candidate();
        c.firstName().set("Margaret");
        c.lastName().set("Hamilton");
        c.name().set("Margaret H. Hamilton");
        c.email().set("margaret@apollo.example");
        c.country().set(Countries.byCode("US").orElseThrow());
        c.phones().getFirst().number().set("(617) 555-0100");
        c.addPhone().typeProperty().set("work");
        c.phones().get(1).number().set("+1 617 555 0199");
        c.socialLinks().getFirst().url().set("https://www.linkedin.com/in/mhamilton");
        c.addSocialLink().url().set("https://github.com/mhamilton");
        c.company().set("MIT");
        c.title().set("Director");
        c.hiredDate().set("2026-06-01");
        for (CustomFieldInput input : c.customFields()) {
            switch (input.kind()) {
                case CHOICE -> input.text().set("o-senior");
                case TEXT -> input.text().set("Wrote the Apollo guidance software");
                case DATE -> input.text().set("2026-07-01");
                case INTEGER -> input.text().set("30");
                case YES_NO -> input.text().set(CustomFieldInput.NO);
                default -> { }
            }
        }
        var unified = c.addUnifiedField();
        unified.key().set("badge");
        unified.value().set("A-11");
        c.passthrough().set("{\"clearance\": \"high\"}");
        var job = wizard.job();
        job.job().set(job.jobMatches().stream().filter(j -> j.id().equals("j-backend")).findFirst().orElseThrow());
        job.location().set(job.locations().stream().filter(l -> l.id().equals("l-remote")).findFirst().orElseThrow());
        job.sourceName().set("Referral");
        job.applicationStatus().set("interview");
        job.statusSourceValue().set("Phone screen");
        job.passthrough().set("{\"campaign\": \"spring\"}");
        question(wizard, "q-why").text().set("Software engineering");
        question(wizard, "q-visa").text().set("opt-yes");
        question(wizard, "q-visa-type").text().set("none really");
        question(wizard, "q-visa").text().set("opt-no");
        question(wizard, "q-langs").choices().set(List.of("lang-go", "lang-java"));
        question(wizard, "q-relocate").text().set(QuestionModel.YES);
        question(wizard, "q-years").text().set("12");
        question(wizard, "q-start").text().set("2026-09-01");
        question(wizard, "q-portfolio").text().set("https://example.com/apollo");
        wizard.questionnaire().attach(question(wizard, "q-sample"), Files.writeString(dir.resolve("agc.s"), "TC BANK"));
        wizard.documents().addFiles(List.of(Files.writeString(dir.resolve("cv.pdf"), "%PDF MH"),
                Files.writeString(dir.resolve("letter.txt"), "Hello")));
        wizard.documents().documents().get(1).category().set(wizard.documents().categories().getFirst());
        wizard.next();
        wizard.next();
    }

    @Test
    void aDraftNamesItsPageAsDraftsAlwaysHave() throws Exception {
        WizardState state = WizardState.of("d-1", WizardStep.DOCUMENTS, Map.of());
        DraftFormat format = new DraftFormat(Map.of());
        assertEquals("DOCUMENTS", Json.mapper().readTree(format.write(state)).path("step").asText());
        WizardState saved = format.read("{\"version\":1,\"draft_id\":\"d-1\",\"step\":\"JOB\"}");
        assertEquals(WizardStep.JOB, saved.step(), "a draft saved by an earlier version opens on its page");
        assertEquals("d-1", saved.draftId());
    }

    @Test
    void eachPageKeepsItsPartUnderItsOwnKey() throws Exception {
        WizardViewModel wizard = wizard(TestProfiles.SANDBOX);
        fillEverything(wizard);
        executor.runDelayed();
        JsonNode saved = Json.mapper().readTree(drafts.unfinished().getFirst().json());

        assertEquals(WizardState.VERSION, saved.path("version").asInt());
        assertEquals(List.of("candidate", "job", "questionnaire", "documents"),
                iterable(saved.path("parts").fieldNames()));
        assertEquals("Margaret", saved.path("parts").path("candidate").path("first_name").asText());
        assertEquals("cv.pdf", saved.path("parts").path("documents").path("documents").path(0).path("name").asText());
    }

    @Test
    void aDraftSavedInTheFirstFormatRestoresTheWizardExactly() throws Exception {
        // Saved by the version before parts had keys, from the same entries as fillEverything.
        String firstFormat = resource("draft-v1.json");
        JsonNode expected = Json.mapper().readTree(resource("draft-v1-request.json"));
        drafts.save(new DraftStore.Draft("d-old", Profile.SANDBOX_ID, Instant.parse("2026-02-27T16:00:00Z"),
                firstFormat));

        WizardViewModel wizard = wizard(TestProfiles.SANDBOX);
        assertNotNull(wizard.pendingDraftProperty().get(), "the unfinished application is offered after an update");
        wizard.resumeDraft();

        assertNull(wizard.draftProblemProperty().get());
        // As sent: the request's JSON, read back as the file was.
        assertEquals(expected, Json.mapper().readTree(Json.mapper().writeValueAsString(wizard.buildRequest())));
        assertEquals(WizardStep.QUESTIONNAIRE, wizard.currentStep());
        assertEquals("none really", question(wizard, "q-visa-type").text().get(), "hidden answers come back too");
        assertEquals("Margaret H. Hamilton", wizard.candidate().name().get());
    }

    private static String resource(String name) throws IOException {
        try (var in = WizardDraftTest.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> all = new ArrayList<>();
        names.forEachRemaining(all::add);
        return all;
    }

    @Test
    void aDraftIsSavedOnlyAfterTypingPauses() {
        WizardViewModel wizard = wizard(TestProfiles.SANDBOX);
        executor.runDelayed();
        assertEquals(0, drafts.saves.get(), "nothing typed, nothing saved");
        wizard.candidate().firstName().set("M");
        wizard.candidate().firstName().set("Ma");
        wizard.candidate().firstName().set("Mar");
        assertEquals(0, drafts.saves.get());
        executor.runDelayed();
        assertEquals(1, drafts.saves.get(), "one save for a burst of typing");
        DraftStore.Draft saved = drafts.unfinished().getFirst();
        assertEquals(Profile.SANDBOX_ID, saved.profileId());
        assertTrue(saved.json().contains("\"first_name\":\"Mar\""));
    }

    @Test
    void aDraftRestoresTheWizardExactly() throws IOException {
        WizardViewModel first = wizard(TestProfiles.SANDBOX);
        fillEverything(first);
        executor.runDelayed();
        JsonNode expected = Json.mapper().valueToTree(first.buildRequest());
        assertEquals(WizardStep.QUESTIONNAIRE, first.currentStep());

        WizardViewModel second = wizard(TestProfiles.SANDBOX);
        DraftStore.Draft offered = second.pendingDraftProperty().get();
        assertNotNull(offered, "the unfinished application is offered at the next start");
        assertEquals("1 Mar 2026, 09:30:00", second.draftTime(offered));
        second.resumeDraft();
        assertNull(second.pendingDraftProperty().get());
        assertEquals(expected, Json.mapper().valueToTree(second.buildRequest()));
        assertEquals(WizardStep.QUESTIONNAIRE, second.currentStep());
        assertEquals("none really", question(second, "q-visa-type").text().get(), "hidden answers come back too");
        assertEquals("Margaret H. Hamilton", second.candidate().name().get());
        assertTrue(second.candidate().nameDerivedProperty().get() == false);
        assertEquals("github", second.candidate().socialLinks().get(1).typeProperty().get());
    }

    @Test
    void anExistingCandidateDraftRestoresTheChoice() {
        WizardViewModel first = wizard(TestProfiles.SANDBOX);
        first.candidate().email().set("ada@example.com");
        executor.runDelayed();
        first.candidate().useDuplicate();
        executor.runDelayed();
        WizardViewModel second = wizard(TestProfiles.SANDBOX);
        second.resumeDraft();
        assertEquals("c-ada", second.candidate().candidateId());
    }

    @Test
    void theDraftIsDeletedOnceTheOutboxHasTheApplicationAndKeptWhenRejected() throws IOException {
        WizardViewModel wizard = wizard(TestProfiles.SANDBOX);
        fillEverything(wizard);
        question(wizard, "q-visa").text().set("opt-no");
        wizard.next();
        wizard.next();
        assertEquals(WizardStep.REVIEW, wizard.currentStep());
        executor.runDelayed();
        wizard.submit();
        outbox.reject(1, 422, "nope");
        executor.runDelayed();
        assertEquals(1, drafts.unfinished().size(), "a rejected application is still being edited");
        wizard.submit();
        outbox.created(1, "a-1", "r-1", null);
        executor.runDelayed();
        assertTrue(drafts.unfinished().isEmpty());
    }

    @Test
    void discardDeletesAndDraftsOfOtherProfilesAreNotOffered() {
        WizardViewModel first = wizard(TestProfiles.SANDBOX);
        first.candidate().firstName().set("Kathleen");
        executor.runDelayed();
        Profile other = new Profile("acme", "ACME", "https://api.stackone.com", "acc-1", false, null);
        assertNull(wizard(other).pendingDraftProperty().get());
        WizardViewModel again = wizard(TestProfiles.SANDBOX);
        again.discardDraft();
        assertTrue(drafts.unfinished().isEmpty());
    }

    /**
     * Typed ahead while the window opened, the draft is saved at once; the read of earlier drafts that the wizard
     * starts with may answer after that save, and must not offer what is being typed as an earlier application.
     */
    @Test
    void theDraftOfWhatIsBeingTypedIsNotOfferedAsAnEarlierOne() {
        HeldTaskExecutor held = new HeldTaskExecutor();
        WizardViewModel wizard = new WizardViewModel(ats, outbox, drafts, TestProfiles.SANDBOX, held,
                Messages.load(), Clock.systemUTC(), new RecentSources());
        wizard.start();
        wizard.candidate().firstName().set("Ada");
        wizard.flushDraft();
        held.runLastThenTheRest();

        assertEquals(1, drafts.unfinished().size(), "what was typed is saved");
        assertNull(wizard.pendingDraftProperty().get(), "and not offered for resuming in the same wizard");
        assertEquals("Ada", wizard.candidate().firstName().get());
    }
}
