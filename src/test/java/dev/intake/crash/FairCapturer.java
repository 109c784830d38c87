package dev.intake.crash;

import dev.intake.ats.Ats;
import dev.intake.ats.AtsConnection;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.HttpClients;
import dev.intake.ats.NewCandidate;
import dev.intake.ats.StackOneClient;
import dev.intake.common.FxTaskExecutor;
import dev.intake.outbox.ConnectionResolver;
import dev.intake.outbox.SettleSchedule;
import dev.intake.outbox.SqliteOutbox;
import dev.intake.outbox.SubmitOptions;
import dev.intake.sandbox.SandboxServer;
import dev.intake.store.Database;
import dev.intake.store.HistoryLabels;
import dev.intake.store.OpenResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Capture at a booth, in a process of its own: each visitor goes into the outbox as quick entry hands it over (the
 * event as origin, a key per capture, the booth's note, the email look-up), and the process says so on standard
 * output once the submission is committed. The ATS may be unreachable; the outbox keeps what it cannot send.
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
        List<String> jobs = List.of(args[5].split(","));
        Database database = ((OpenResult.Opened) Database.open(data, Clock.systemUTC())).database();
        // The app's one executor, as main makes it.
        FxTaskExecutor executor = new FxTaskExecutor();
        SqliteOutbox outbox = SqliteOutbox.create(database, resolver(args[1], args[2]), SettleSchedule.STANDARD,
                executor);
        outbox.start();
        // Quick entry hands over one visitor at a time: here each number read from standard input.
        BufferedReader numbers = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = numbers.readLine(); line != null; line = numbers.readLine()) {
            int n = Integer.parseInt(line.strip());
            Visitor visitor = Visitor.number(n);
            outbox.submit(PROFILE, visitor.request(jobs.get(n % jobs.size()), eventName),
                    new HistoryLabels(visitor.name(), visitor.email(), null),
                    new SubmitOptions("event:" + eventId, onceKey(eventId, n), visitor.note(eventName), true));
            System.out.println(CAPTURED + n);
            System.out.flush();
        }
        // The day is over: the booth closes Intake.
        outbox.close();
        executor.close();
        database.close();
    }

    static String onceKey(String eventId, int n) {
        return "event:" + eventId + ":capture:" + n;
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

        CreateApplicationRequest request(String jobId, String eventName) {
            NewCandidate candidate = new NewCandidate(null, null, null, null, name(), firstName, lastName, email,
                    null, null, null, null, null, null);
            return new CreateApplicationRequest(null, jobId, null, null, null, null,
                    new CreateApplicationRequest.SourceRef(null, eventName), null, candidate, null);
        }

        String note(String eventName) {
            return "Rating: " + (1 + number % 5) + "/5\nEvent: " + eventName + "\nMet at the booth, visitor " + number
                    + ": asked about backend roles.";
        }
    }
}
