package dev.intake.crash;

import dev.intake.ats.Ats;
import dev.intake.ats.AtsConnection;
import dev.intake.ats.HttpClients;
import dev.intake.ats.Job;
import dev.intake.ats.StackOneClient;
import dev.intake.common.FxTaskExecutor;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.fair.capture.EventSetup;
import dev.intake.fair.capture.FairJobs;
import dev.intake.fair.capture.OutboxCaptureStore;
import dev.intake.fair.quick.QuickEntryViewModel;
import dev.intake.form.Messages;
import dev.intake.outbox.ConnectionResolver;
import dev.intake.outbox.SettleSchedule;
import dev.intake.outbox.SqliteOutbox;
import dev.intake.sandbox.SandboxServer;
import dev.intake.store.Database;
import dev.intake.store.FairEvent;
import dev.intake.store.OpenResult;
import dev.intake.store.SqliteDraftStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Capture at a booth, in a process of its own: each visitor is entered into quick entry (its ViewModel, without the
 * window) and saved, which puts it into the event's draft and then the outbox; the process says so on standard
 * output once the submission is committed. A visitor handed over again after a kill is recognised by quick entry as
 * captured already, as staff would see it. The ATS may be unreachable; the outbox keeps what it cannot send.
 *
 * <p>Arguments: data directory, ATS base URL, API key, event id, event name, and the ids of the open jobs to spread
 * captures over (comma-separated). Standard input gives the number of each visitor to capture, one a line.
 */
public final class FairCapturer {
    static final String PROFILE = "fair";
    static final String CAPTURED = "CAPTURED ";

    private FairCapturer() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String eventId = args[3];
        String eventName = args[4];
        List<String> jobIds = List.of(args[5].split(","));
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < jobIds.size(); i++) {
            jobs.add(FairJobs.job(jobIds.get(i), "J-" + i, "Booth job " + i));
        }
        Database database = ((OpenResult.Opened) Database.open(data, Clock.systemUTC())).database();
        // The app's one executor, as main makes it.
        FxTaskExecutor executor = new FxTaskExecutor();
        SqliteOutbox outbox = SqliteOutbox.create(database, resolver(args[1], args[2]), SettleSchedule.STANDARD,
                executor);
        outbox.start();
        Messages messages = Messages.load();
        FairEvent event = FairEvent.named(eventName, PROFILE, LocalDate.now()).withId(eventId);
        // Quick entry as the booth uses it, without its window: its writes run at once on this thread, so a
        // visitor is committed (to the draft, then the outbox) when save() returns.
        QuickEntryViewModel booth = new QuickEntryViewModel(new EventSetup(eventId, eventName, false, "", jobs),
                new OutboxCaptureStore(outbox, event, jobs, PROFILE, messages), new SqliteDraftStore(database),
                new ImmediateTaskExecutor(), messages, Clock.systemUTC());
        booth.start();
        BufferedReader numbers = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = numbers.readLine(); line != null; line = numbers.readLine()) {
            int n = Integer.parseInt(line.strip());
            Visitor visitor = Visitor.number(n);
            booth.firstName().set(visitor.firstName());
            booth.lastName().set(visitor.lastName());
            booth.email().set(visitor.email());
            booth.pickJob(jobs.get(n % jobs.size()));
            booth.rate(1 + n % QuickEntryViewModel.MAX_RATING);
            booth.note().set(visitor.note());
            booth.consent().set(true);
            booth.save();
            if (booth.samePersonOfferProperty().get() != null) {
                // Captured before the kill: staff see "captured at this event already" and move on.
                booth.clear();
            } else if (!booth.unsaved().isEmpty() || booth.savingProperty().get() != 0) {
                throw new IllegalStateException("visitor " + n + " was not saved: " + booth.noticeProperty().get());
            }
            System.out.println(CAPTURED + n);
            System.out.flush();
        }
        // The day is over: the booth closes Intake.
        booth.close();
        outbox.close();
        executor.close();
        database.close();
    }

    /** The outbox's view of the one profile: the ATS at {@code baseUrl}, failing fast when nobody answers. */
    static ConnectionResolver resolver(String baseUrl, String apiKey) {
        Ats ats = new StackOneClient(new AtsConnection(baseUrl, apiKey, SandboxServer.ACCOUNT_ID),
                HttpClients.create().newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
        return new ConnectionResolver() {
            @Override
            public String currentProfileId() {
                return PROFILE;
            }

            @Override
            public Optional<Ats> ats(String profileId) {
                return PROFILE.equals(profileId) ? Optional.of(ats) : Optional.empty();
            }
        };
    }

    /** One visitor of the day, the same for a number whichever process captures it. */
    record Visitor(int number, String firstName, String lastName, String email) {
        private static final String[][] NAMES = {{"Anna", "Müller"}, {"Kenji", "佐藤"}, {"Олег", "Петров"},
            {"فاطمة", "العلي"}, {"Seán", "O'Brien"}, {"Priya", "Raman"}};

        static Visitor number(int n) {
            String[] name = NAMES[n % NAMES.length];
            return new Visitor(n, name[0], name[1] + " " + n, "visitor." + n + "@booth.example");
        }

        String name() {
            return firstName + " " + lastName;
        }

        String note() {
            return "Met at the booth, visitor " + number + ": asked about backend roles.";
        }
    }
}
