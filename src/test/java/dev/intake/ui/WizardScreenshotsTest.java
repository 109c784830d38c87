package dev.intake.ui;

import static dev.intake.ui.Fx.await;
import static dev.intake.ui.Fx.fx;
import static dev.intake.ui.Fx.fxRun;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.app.IntakeApp;
import dev.intake.common.Stylesheet;
import dev.intake.common.Theme;
import dev.intake.wizard.WizardViewModel;
import dev.intake.wizard.candidate.Countries;
import dev.intake.wizard.questionnaire.QuestionModel;
import dev.intake.wizard.step.WizardStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/** Renders every step, the result and an error state to docs/screenshots so the screens can be reviewed. */
@ExtendWith(ApplicationExtension.class)
class WizardScreenshotsTest {
    @TempDir
    Path dir;



    private static Path shot(Stage stage, String name) throws Exception {
        return fx(() -> Screenshots.save(stage.getScene(), name));
    }

    @Test
    void rendersEveryStepTheResultAndAnErrorState() throws Exception {
        TestServices services = new TestServices();
        IntakeApp app = services.app();
        Stage stage = fx(() -> {
            Stage shown = new Stage();
            app.start(shown);
            return shown;
        });
        WizardViewModel wizard = app.wizard().orElseThrow();
        await(() -> !wizard.job().jobMatches().isEmpty() && !wizard.candidate().customFields().isEmpty());

        fxRun(() -> {
            wizard.candidate().firstName().set("Zoë");
            wizard.candidate().lastName().set("Okafor-Lindqvist");
            wizard.candidate().email().set("zoe.okafor");
            wizard.candidate().email().touch();
            wizard.candidate().country().set(Countries.byCode("SE").orElseThrow());
            wizard.candidate().phones().getFirst().number().set("070-123 45 6");
            wizard.candidate().socialLinks().getFirst().url().set("linkedin.com/in/zoe-okafor");
        });
        List<Path> written = new java.util.ArrayList<>();
        written.add(shot(stage, "1-candidate-invalid"));
        fxRun(() -> {
            wizard.candidate().email().set("ada@example.com");
            wizard.candidate().phones().getFirst().number().set("070-123 45 67");
        });
        await(() -> wizard.candidate().duplicateProperty().get() != null);
        written.add(shot(stage, "1-candidate-duplicate"));
        fxRun(() -> {
            wizard.candidate().dismissDuplicate();
            wizard.candidate().email().set("zoe@example.com");
            wizard.next();
            wizard.job().jobQueryProperty().set("engineer");
        });
        fxRun(() -> wizard.job().job().set(wizard.job().jobMatches().getFirst()));
        await(() -> !wizard.job().stageSuggestions().isEmpty());
        written.add(shot(stage, "2-job"));
        fxRun(wizard::next);
        fxRun(() -> {
            QuestionModel why = wizard.questionnaire().visibleQuestions().getFirst();
            why.text().set("I like building reliable systems.");
            wizard.questionnaire().visibleQuestions().get(2).text().set("opt-yes");
        });
        fxRun(() -> wizard.next());
        written.add(shot(stage, "3-questionnaire"));
        fxRun(() -> wizard.questionnaire().visibleQuestions().stream()
                .filter(q -> q.id().equals("q-visa-type")).findFirst().orElseThrow().text().set("EU Blue Card"));
        fxRun(wizard::next);
        Path cv = Files.writeString(dir.resolve("Zoe Okafor CV.pdf"), "%PDF-1.7 ".repeat(2000));
        Path big = dir.resolve("portfolio-scan.tiff");
        try (var out = Files.newOutputStream(big)) {
            out.write(new byte[11 * 1024 * 1024]);
        }
        fxRun(() -> wizard.documents().addFiles(List.of(cv, big)));
        await(() -> wizard.documents().documents().size() == 1 && wizard.documents().problems().size() == 1);
        written.add(shot(stage, "4-documents"));
        fxRun(wizard::next);
        written.add(shot(stage, "5-review"));
        fxRun(wizard::submit);
        written.add(shot(stage, "6-submitting"));
        fxRun(() -> services.outbox.reject(1, 422, "candidate.email: the ATS already has a different person "
                + "with this address"));
        written.add(shot(stage, "7-error-422-on-field"));
        fxRun(() -> {
            wizard.candidate().email().set("zoe.okafor@example.com");
            wizard.returnToReview();
            wizard.submit();
        });
        fxRun(() -> services.outbox.reject(1, 403, "This API key has no write access to applications"));
        written.add(shot(stage, "8-error-banner"));
        fxRun(wizard::submit);
        fxRun(() -> services.outbox.created(1, "app-7f3c", "GH-448812",
                "\"warnings\":[{\"message\":\"Source 'Job fair' was mapped to 'Event'\"}]"));
        await(() -> wizard.currentStep() == WizardStep.RESULT);
        written.add(shot(stage, "9-result"));
        fxRun(() -> Stylesheet.apply(stage.getScene(), Theme.DARK));
        written.add(shot(stage, "9-result-dark"));
        fxRun(wizard::sameCandidateAnotherJob);
        written.add(shot(stage, "2-job-dark"));
        fxRun(stage::close);
        for (Path file : written) {
            assertTrue(Files.size(file) > 10_000, file + " has content");
        }
    }
}
