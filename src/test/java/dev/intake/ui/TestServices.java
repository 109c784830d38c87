package dev.intake.ui;

import dev.intake.app.AppServices;
import dev.intake.app.IntakeApp;
import dev.intake.app.ServicesFactory;
import dev.intake.common.FxTaskExecutor;
import dev.intake.form.FilePicker;
import dev.intake.wizard.fakes.FakeAts;
import dev.intake.wizard.fakes.FakeOutbox;
import dev.intake.wizard.fakes.InMemoryDraftStore;
import dev.intake.wizard.fakes.TestProfiles;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The window on in-memory services: a fake ATS and outbox, real background threads, scripted file choices. */
final class TestServices {
    final FakeAts ats;
    final FakeOutbox outbox = new FakeOutbox();
    final InMemoryDraftStore drafts = new InMemoryDraftStore();
    final FxTaskExecutor executor = new FxTaskExecutor();
    /** Files the "user" picks next in a file chooser, one answer per call. */
    final Deque<List<Path>> pickedFiles = new ArrayDeque<>();

    TestServices(FakeAts ats) {
        this.ats = ats;
    }

    TestServices() {
        this(FakeAts.standard());
    }

    ServicesFactory factory() {
        return args -> Optional.of(new AppServices(ats, outbox, drafts, TestProfiles.SANDBOX, executor));
    }

    FilePicker picker() {
        return (owner, title, multiple) -> pickedFiles.isEmpty() ? List.of() : pickedFiles.removeFirst();
    }

    IntakeApp app() {
        return new IntakeApp(factory(), picker(), executor);
    }
}
