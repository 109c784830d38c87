package dev.intake.ui;

import static dev.intake.ui.Fx.await;
import static dev.intake.ui.Fx.fx;
import static dev.intake.ui.Fx.fxRun;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.intake.ats.Json;
import dev.intake.common.FxTaskExecutor;
import dev.intake.common.Fxml;
import dev.intake.common.Stylesheet;
import dev.intake.common.Theme;
import dev.intake.fair.EventPacks;
import dev.intake.fair.capture.FairJobs;
import dev.intake.fair.capture.RecordingCaptureStore;
import dev.intake.fair.editor.EventEditorController;
import dev.intake.fair.editor.EventEditorViewModel;
import dev.intake.fair.editor.InMemoryEvents;
import dev.intake.fair.pack.EventPackBarController;
import dev.intake.fair.pack.EventPackBarViewModel;
import dev.intake.fair.quick.QuickEntryController;
import dev.intake.fair.quick.QuickEntryViewModel;
import dev.intake.fair.summary.EventSummaryController;
import dev.intake.fair.summary.EventSummaryViewModel;
import dev.intake.fair.summary.SampleFair;
import dev.intake.fair.summary.SummaryExport;
import dev.intake.form.Messages;
import dev.intake.store.EventPack;
import dev.intake.store.FairEvent;
import dev.intake.store.KioskPin;
import dev.intake.testing.MutableClock;
import dev.intake.wizard.fakes.InMemoryDraftStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Renders quick entry, the event editor (light and dark) and the event's summary to docs/screenshots for review. */
@ExtendWith(ApplicationExtension.class)
class FairScreenshotsTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final List<Stage> stages = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (Stage stage : stages) {
            fxRun(stage::close);
        }
        executor.close();
    }

    private Stage show(Object controller, String fxml, int width, int height) throws Exception {
        Messages messages = Messages.load();
        Stage stage = fx(() -> {
            Stage shown = new Stage();
            Scene scene = new Scene(Fxml.load(fxml, messages.bundle(), controller), width, height);
            Stylesheet.apply(scene, Theme.LIGHT);
            shown.setScene(scene);
            shown.show();
            return shown;
        });
        stages.add(stage);
        return stage;
    }

    @Test
    void quickEntryLightAndDark() throws Exception {
        Messages messages = Messages.load();
        RecordingCaptureStore store = new RecordingCaptureStore();
        QuickEntryViewModel vm = new QuickEntryViewModel(FairJobs.setup(true), store, new InMemoryDraftStore(),
                executor, messages, Clock.systemUTC());
        // The page as the Fair menu shows it: the event pack's line above the form, the pack packed 2 h ago.
        FairEvent event = FairEvent.named("Berlin Tech Fair", "p1", LocalDate.now()).withId("ev-berlin");
        EventPack pack = new EventPack(event.id(), Instant.now().minus(Duration.ofHours(2)), FairJobs.ALL, List.of(),
                List.of(), List.of(), List.of(), List.of(), Map.of());
        InMemoryEvents kept = new InMemoryEvents();
        EventPackBarViewModel packLine = new EventPackBarViewModel(new EventPacks.Opened(event, pack, null),
                new EventPacks(kept, kept, any -> pack, Clock.systemUTC()), executor, messages, Clock.systemUTC(),
                fresh -> { });
        Stage stage = fx(() -> {
            Stage shown = new Stage();
            VBox page = new VBox(Fxml.load("/fxml/EventPackBar.fxml", messages.bundle(),
                    new EventPackBarController(packLine)),
                    Fxml.load("/fxml/QuickEntry.fxml", messages.bundle(), new QuickEntryController(vm, messages)));
            Scene scene = new Scene(page, 820, 760);
            Stylesheet.apply(scene, Theme.LIGHT);
            shown.setScene(scene);
            shown.show();
            return shown;
        });
        stages.add(stage);
        fxRun(() -> {
            vm.start();
            vm.firstName().set("Ada");
            vm.lastName().set("Lovelace");
            vm.email().set("ada@example.com");
            vm.jobQueryProperty().set("back");
            vm.takeTopMatch();
            vm.rate(4);
            vm.consent().set(true);
            vm.save();
        });
        await(() -> store.saved.size() == 1);
        fxRun(() -> {
            vm.firstName().set("Grace");
            vm.lastName().set("Hopper");
            vm.email().set("grace@");
            vm.email().touch();
            vm.rate(3);
            vm.note().set("Compilers; asked about the night shifts");
            vm.jobQueryProperty().set("n");
        });
        await(() -> vm.countsProperty().get().captured() == 1);
        Path light = fx(() -> Screenshots.save(stage.getScene(), "fair-quick-entry"));
        fxRun(() -> Stylesheet.apply(stage.getScene(), Theme.DARK));
        Path dark = fx(() -> Screenshots.save(stage.getScene(), "fair-quick-entry-dark"));
        assertTrue(Files.size(light) > 10_000 && Files.size(dark) > 10_000);
    }

    @Test
    void theEventEditorLightAndDark() throws Exception {
        Messages messages = Messages.load();
        InMemoryEvents store = new InMemoryEvents();
        KioskPin pins = new KioskPin(new SecureRandom());
        FairEvent event = store.save(new FairEvent(null, "Berlin Tech Fair", LocalDate.of(2026, 5, 14),
                LocalDate.of(2026, 5, 15), "Booth B12", List.of("job-2"), "screen",
                "I agree that Acme keeps my details for 6 months to contact me about jobs.", true,
                Period.ofDays(30), pins.hash("2468".toCharArray()), "profile-1"));
        List<dev.intake.ats.Job> jobs = new ArrayList<>(FairJobs.ALL);
        jobs.add(FairJobs.job("job-4", "DA-2", "Data Analyst"));
        jobs.add(FairJobs.job("job-5", "SRE-1", "Site Reliability Engineer"));
        jobs.add(FairJobs.job("job-6", "QA-4", "Quality Assurance Engineer (Mobile apps, iOS and Android)"));
        jobs.add(FairJobs.job("job-7", "PM-9", "Product Manager"));
        jobs.add(FairJobs.job("job-8", "FE-5", "Frontend Engineer"));
        store.save(new EventPack(event.id(), Instant.parse("2026-05-13T08:00:00Z"), jobs, List.of(), List.of(),
                List.of(), List.of(), List.of(), Map.of()));
        EventEditorViewModel vm = new EventEditorViewModel(event, store, store, executor, messages, pins);
        EventEditorController controller = new EventEditorController(vm, messages);
        Stage stage = fx(() -> {
            Stage shown = new Stage();
            Parent root = Fxml.load(EventEditorController.FXML, messages.bundle(), controller);
            Scene scene = new Scene(root);
            Stylesheet.apply(scene, Theme.LIGHT);
            shown.setScene(scene);
            shown.show();
            return shown;
        });
        stages.add(stage);
        fxRun(vm::start);
        await(() -> vm.jobsStateProperty().get() == EventEditorViewModel.JobsState.READY);
        fxRun(() -> {
            vm.shortlist().setTicked(FairJobs.BACKEND, true);
            vm.newPin().set("1357");
            vm.repeatPin().set("1375");
        });
        double width = fx(() -> stage.getScene().getWidth());
        double height = fx(() -> stage.getScene().getHeight());
        assertTrue(width <= 1000 && height <= 640, "fits a 1000x700 window with its title bar: " + width + "x"
                + height);
        fxRun(vm::save); // refused: the banner above the buttons, the error under the repeated PIN

        Path light = fx(() -> Screenshots.save(stage.getScene(), "fair-event-editor"));
        fxRun(() -> Stylesheet.apply(stage.getScene(), Theme.DARK));
        Path dark = fx(() -> Screenshots.save(stage.getScene(), "fair-event-editor-dark"));
        assertTrue(Files.size(light) > 10_000 && Files.size(dark) > 10_000);
    }

    @Test
    void theEventSummary() throws Exception {
        Messages messages = Messages.load();
        FairEvent event = new FairEvent("ev-berlin", "Berlin Tech Fair", LocalDate.of(2026, 5, 14), null, null,
                List.of(), null, null, true, Period.ofDays(30), null, null);
        EventSummaryViewModel vm = new EventSummaryViewModel(event, FairJobs.ALL, SampleFair.day(), executor,
                messages, new MutableClock(Instant.parse("2026-06-20T08:00:00Z")), new SummaryExport(Json.mapper()));
        EventSummaryController controller = new EventSummaryController(vm, messages, name -> Optional.empty(),
                question -> false, ZoneOffset.UTC);
        Stage stage = show(controller, "/fxml/EventSummary.fxml", 1100, 720);
        fxRun(vm::refresh);
        await(() -> vm.summaryProperty().get().captured() > 0);
        Path light = fx(() -> Screenshots.save(stage.getScene(), "fair-summary"));
        fxRun(() -> Stylesheet.apply(stage.getScene(), Theme.DARK));
        Path dark = fx(() -> Screenshots.save(stage.getScene(), "fair-summary-dark"));
        assertTrue(Files.size(light) > 10_000 && Files.size(dark) > 10_000);
    }
}
