package dev.intake.wizard.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Job;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.form.Messages;
import dev.intake.wizard.WizardViewModel;
import dev.intake.wizard.fakes.FakeAts;
import dev.intake.wizard.fakes.FakeOutbox;
import dev.intake.wizard.job.RecentSources;
import dev.intake.wizard.step.ApplicationSummary;
import dev.intake.wizard.step.WizardStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewStepViewModelTest {
    @TempDir
    Path dir;

    @Test
    void sectionsReadAsWordsAndThePreviewAbbreviatesFileContentOnly() throws IOException {
        WizardViewModel wizard = new WizardViewModel(FakeAts.standard(), new FakeOutbox(), new dev.intake.wizard.fakes.InMemoryDraftStore(),
                dev.intake.wizard.fakes.TestProfiles.SANDBOX, new ImmediateTaskExecutor(), Messages.load(),
                Clock.systemUTC(), new RecentSources());
        wizard.start();
        wizard.candidate().firstName().set("Grace");
        wizard.candidate().lastName().set("Hopper");
        wizard.candidate().email().set("grace.h@example.com");
        Job designer = wizard.job().jobMatches().stream().filter(j -> j.id().equals("j-designer")).findFirst()
                .orElseThrow();
        wizard.job().job().set(designer);
        wizard.job().applicationStatus().set("background_check");
        wizard.documents().addFiles(List.of(Files.writeString(dir.resolve("letter.txt"), "Dear team")));
        ReviewStepViewModel review = wizard.review();
        review.refresh(wizard.summary());

        List<ApplicationSummary.Section> sections = review.sections();
        assertEquals(List.of(WizardStep.CANDIDATE, WizardStep.JOB, WizardStep.QUESTIONNAIRE, WizardStep.DOCUMENTS),
                sections.stream().map(ApplicationSummary.Section::step).toList());
        assertTrue(sections.get(0).lines().contains(new ApplicationSummary.Line("Full name", "Grace Hopper")));
        assertTrue(sections.get(1).lines().contains(new ApplicationSummary.Line("Job", "Product Designer")));
        assertTrue(sections.get(1).lines().contains(new ApplicationSummary.Line("Application status",
                "Background check")));
        assertEquals("This posting has no questionnaire. This step is skipped.",
                sections.get(2).lines().getFirst().value());
        assertEquals(new ApplicationSummary.Line("letter.txt", "9 B · Resume"),
                sections.get(3).lines().getFirst(), "the first file is filed as the resume");
        assertFalse(review.jsonPreviewProperty().get().contains("RGVhciB0ZWFt"));
        assertTrue(review.jsonPreviewProperty().get().contains("<base64 content, 12 characters>"));
        assertTrue(review.exactJsonProperty().get().contains("\"content\" : \"RGVhciB0ZWFt\""));
        assertTrue(review.exactJsonProperty().get().contains("\"job_id\" : \"j-designer\""));
    }
}
