package dev.intake.crash;

import dev.intake.common.BackgroundTask;
import dev.intake.common.TaskExecutor;
import dev.intake.form.Messages;
import dev.intake.store.Database;
import dev.intake.store.DraftStore;
import dev.intake.store.OpenResult;
import dev.intake.store.SqliteDraftStore;
import dev.intake.wizard.WizardViewModel;
import dev.intake.wizard.candidate.Countries;
import dev.intake.wizard.fakes.FakeAts;
import dev.intake.wizard.fakes.FakeOutbox;
import dev.intake.wizard.fakes.TestProfiles;
import dev.intake.wizard.job.RecentSources;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The child process of {@link DraftKillTest}: types an application into the wizard's view-model over the real
 * SQLite draft store in {@code args[0]}, with the real debounce, prints {@link #SAVED} once that save has committed,
 * then waits to be killed.
 */
public final class DraftTypist {
    static final String SAVED = "draft-saved";

    private DraftTypist() {
    }

    /** What the "user" types; the test types the same into a reference wizard to compare with. */
    static void type(WizardViewModel wizard) {
        var c = wizard.candidate();
        c.firstName().set("Ada");
        c.lastName().set("Lovelace");
        c.email().set("ada@analytical.example");
        c.country().set(Countries.byCode("GB").orElseThrow());
        c.phones().getFirst().number().set("+44 20 7946 0958");
        c.socialLinks().getFirst().url().set("https://www.linkedin.com/in/ada");
        c.company().set("Analytical Engine Ltd");
        c.title().set("Programmer");
        c.hiredDate().set("2026-12-10");
        var unified = c.addUnifiedField();
        unified.key().set("notes");
        unified.value().set("Wrote the first algorithm — für die Maschine");
    }

    static WizardViewModel wizard(DraftStore drafts, TaskExecutor executor) {
        return new WizardViewModel(FakeAts.standard(), new FakeOutbox(), drafts, TestProfiles.SANDBOX, executor,
                Messages.load(), Clock.systemUTC(), new RecentSources());
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Database database = ((OpenResult.Opened) Database.open(Path.of(args[0]), Clock.systemUTC())).database();
        SqliteDraftStore store = new SqliteDraftStore(database);
        DraftStore reporting = new DraftStore() {
            @Override
            public void save(Draft draft) {
                store.save(draft);
                out.println(SAVED);
            }

            @Override
            public List<Draft> unfinished() {
                return store.unfinished();
            }

            @Override
            public Optional<Draft> find(String id) {
                return store.find(id);
            }

            @Override
            public void delete(String id) {
                store.delete(id);
            }
        };
        LoopExecutor executor = new LoopExecutor();
        executor.runOnUi(() -> {
            WizardViewModel wizard = wizard(reporting, executor);
            wizard.start();
            type(wizard);
        });
        new CountDownLatch(1).await(); // until killed
    }

    /** A UI thread of its own (no toolkit needed) with real delays, and virtual threads for the work. */
    static final class LoopExecutor implements TaskExecutor {
        private final ScheduledExecutorService ui = Executors.newSingleThreadScheduledExecutor();
        private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

        @Override
        public <T> BackgroundTask<T> wrap(Callable<T> work) {
            return TaskExecutor.onWorkers(work, workers, this);
        }

        @Override
        public void runOnUi(Runnable action) {
            ui.execute(action);
        }

        @Override
        public Cancellable runOnUiAfter(Duration delay, Runnable action) {
            ScheduledFuture<?> future = ui.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        }
    }
}
