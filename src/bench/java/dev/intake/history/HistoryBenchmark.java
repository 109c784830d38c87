package dev.intake.history;

import dev.intake.ats.Ats;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.Json;
import dev.intake.common.FxTaskExecutor;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.outbox.ConnectionResolver;
import dev.intake.outbox.SqliteOutbox;
import dev.intake.store.Database;
import dev.intake.store.HistoryLabels;
import dev.intake.store.NewSubmission;
import dev.intake.store.OpenResult;
import dev.intake.store.SqliteDraftStore;
import dev.intake.store.SubmissionStore;
import dev.intake.testing.SampleRequests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.SplittableRandom;

/**
 * History with 100,000 submissions: the time from opening the view to its first rows, and the time one search
 * keystroke takes (after the typing pause), each beside a baseline measured in the same run on the same file: the
 * same page read the naive way (parsing every request body) and the same search as a substring scan of the bodies.
 * Targets: first rows under 200 ms, a keystroke under 50 ms. Run with {@code ./mvnw -Pbench -DskipTests
 * verify}.
 */
public final class HistoryBenchmark {
    static final int SUBMISSIONS = 100_000;
    static final int ROUNDS = 15;
    private static final String[] FIRST = {"Ana", "José", "Maria", "Mariam", "Marius", "Chen", "Léa", "Ólafur",
        "Anna", "Dmitri", "Fatima", "Kenji", "Zoë", "Søren", "Priya", "Lucas", "Amara", "Hiroshi", "Noor", "Elena"};
    private static final String[] LAST = {"Li", "Álvarez", "Nakamura", "Okafor", "Müller", "Dubois", "Kowalski",
        "Silva", "Haddad", "Novak", "Petrova", "Smith", "García", "Rossi", "Jensen", "Kim", "Said", "Moreau"};
    private static final String[] SUFFIX = {"", "son", "ova", "ez", "ski", "berg", "ini", "ard", "ley", "ton", "ek",
        "mann"};
    private static final String[] JOB_TITLES = {"Warehouse Associate", "Backend Engineer", "Store Manager",
        "Registered Nurse", "Sales Representative", "Data Analyst", "Forklift Driver", "Customer Support Agent"};


    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("intake-history-bench");
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
        long built = System.nanoTime();
        fill(dir, clock);
        System.out.printf(Locale.ROOT, "History benchmark: %,d submissions written in %d ms%n", SUBMISSIONS,
                Duration.ofNanos(System.nanoTime() - built).toMillis());

        try (Database database = ((OpenResult.Opened) Database.open(dir, clock)).database();
                FxTaskExecutor background = new FxTaskExecutor()) {
            SubmissionStore store = new SubmissionStore(database);
            SqliteDraftStore drafts = new SqliteDraftStore(database);
            ResourceBundle messages = ResourceBundle.getBundle("dev.intake.messages");
            // A real outbox with no account set up: history follows it, and it has nothing to send here.
            SqliteOutbox outbox = SqliteOutbox.create(database, new ConnectionResolver() {
                @Override
                public String currentProfileId() {
                    return "profile-0";
                }

                @Override
                public Optional<Ats> ats(String profileId) {
                    return Optional.empty();
                }
            }, background);

            double[] open = new double[ROUNDS];
            double[] count = new double[ROUNDS];
            double[] openBaseline = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                ImmediateTaskExecutor executor = new ImmediateTaskExecutor();
                HistoryViewModel model = new HistoryViewModel(store, drafts, outbox, executor, clock, messages);
                long[] firstRows = {0};
                model.rows().addListener((javafx.collections.ListChangeListener<Object>) change -> {
                    if (firstRows[0] == 0) {
                        firstRows[0] = System.nanoTime();
                    }
                });
                long start = System.nanoTime();
                model.open();
                long end = System.nanoTime();
                open[round] = millis(start, firstRows[0]);
                count[round] = millis(firstRows[0], end);
                check(model.rows().size() == HistoryViewModel.PAGE_SIZE && model.totalProperty().get() == SUBMISSIONS,
                        "the view shows a full first page of all submissions");
                model.close();
                openBaseline[round] = time(() -> naivePage(database));
            }

            // What people type: a common first name, a rarer surname, one person's email, a name not there at all.
            String email = store.get(4_242).orElseThrow().request().candidate().email();
            List<String> words = List.of("maria", "okaforberg", email.substring(0, email.indexOf('@')), "zoe",
                    "nobodyhere");
            List<Double> keystrokes = new ArrayList<>();
            List<Double> keystrokeBaselines = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String word : words) {
                    ImmediateTaskExecutor executor = new ImmediateTaskExecutor();
                    HistoryViewModel model = new HistoryViewModel(store, drafts, outbox, executor, clock,
                            messages);
                    model.open();
                    for (int length = 1; length <= word.length(); length++) {
                        String typed = word.substring(0, length);
                        model.searchTextProperty().set(typed);
                        long[] shown = {0};
                        model.rows().addListener((javafx.collections.ListChangeListener<Object>) change -> {
                            if (shown[0] == 0) {
                                shown[0] = System.nanoTime();
                            }
                        });
                        long start = System.nanoTime();
                        executor.runDelayed();
                        keystrokes.add(millis(start, shown[0] == 0 ? System.nanoTime() : shown[0]));
                        keystrokeBaselines.add(time(() -> naiveSearch(database, typed)));
                    }
                    model.close();
                }
            }

            report("open to first rows", open, openBaseline, 200);
            System.out.printf(Locale.ROOT, "  then the count of all %,d: median %.1f ms%n", SUBMISSIONS,
                    median(count));
            report("one search keystroke", toArray(keystrokes), toArray(keystrokeBaselines), 50);
            outbox.close();
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** 100,000 submissions over a year, mostly created, with a realistic mix of names, jobs and states. */
    private static void fill(Path dir, Clock clock) {
        SplittableRandom random = new SplittableRandom(42);
        try (Database database = ((OpenResult.Opened) Database.open(dir, clock, Database.Durability.NO_FLUSH))
                .database()) {
            SubmissionStore store = new SubmissionStore(database);
            Instant start = clock.instant().minus(Duration.ofDays(365));
            for (int batch = 0; batch < SUBMISSIONS / 10_000; batch++) {
                List<NewSubmission> submissions = new ArrayList<>();
                for (int i = 0; i < 10_000; i++) {
                    int n = batch * 10_000 + i;
                    String first = FIRST[random.nextInt(FIRST.length)];
                    String last = LAST[random.nextInt(LAST.length)] + SUFFIX[random.nextInt(SUFFIX.length)];
                    int job = random.nextInt(300);
                    CreateApplicationRequest request = random.nextInt(10) == 0
                            ? SampleRequests.existingCandidate("cand-" + random.nextInt(5_000), "job-" + job)
                            : SampleRequests.newCandidate(first + " " + last, (first + "." + last + n)
                                    .toLowerCase(Locale.ROOT) + "@example.com", "job-" + job);
                    submissions.add(new NewSubmission("profile-" + random.nextInt(3), request,
                            HistoryLabels.job(JOB_TITLES[job % JOB_TITLES.length] + " " + job),
                            start.plusSeconds(n * 315L)));
                }
                store.insertAll(submissions);
            }
            database.write(connection -> {
                try (Statement statement = connection.createStatement()) {
                    // Settle most of them as the outbox would have: created with ids, some rejected.
                    statement.executeUpdate("UPDATE submissions SET state = CASE WHEN local_id % 50 = 0 THEN "
                            + "'REJECTED' WHEN local_id % 97 = 0 THEN 'WAITING_TO_RETRY' ELSE 'CREATED' END, "
                            + "application_id = 'app-' || local_id, remote_application_id = 'r-' || local_id, "
                            + "attempts = 1");
                }
                return null;
            });
        }
    }

    /** Baseline: the first page read without the summary columns, every request body parsed. */
    private static void naivePage(Database database) {
        database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT local_id, request_json, state FROM submissions ORDER BY created_at DESC LIMIT ?")) {
                query.setInt(1, HistoryViewModel.PAGE_SIZE + 1);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        Json.mapper().readTree(rs.getString(2)).path("candidate").path("name").asText();
                    }
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    /** Baseline: the same search as a case-insensitive substring scan of every request body. */
    private static void naiveSearch(Database database, String text) {
        database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT local_id FROM submissions WHERE "
                    + "request_json LIKE ? ORDER BY local_id DESC LIMIT ?")) {
                query.setString(1, "%" + text + "%");
                query.setInt(2, HistoryViewModel.PAGE_SIZE + 1);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                    }
                }
            }
            return null;
        });
    }

    private static void report(String what, double[] ours, double[] baseline, double targetMillis) {
        double median = median(ours);
        double worst = Arrays.stream(ours).max().orElse(0);
        double baselineMedian = median(baseline);
        double[] sorted = ours.clone();
        Arrays.sort(sorted);
        double p90 = sorted[(int) Math.floor(sorted.length * 0.9)];
        System.out.printf(Locale.ROOT, "%s: median %.1f ms, 90th percentile %.1f ms, worst %.1f ms (target < %.0f "
                + "ms: %s); baseline median %.1f ms, worst %.1f ms; ratio of medians %.3f%n", what, median, p90,
                worst, targetMillis, p90 < targetMillis ? "met" : "MISSED", baselineMedian,
                Arrays.stream(baseline).max().orElse(0), median / baselineMedian);
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return millis(start, System.nanoTime());
    }

    private static double millis(long from, long to) {
        return (to - from) / 1_000_000.0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().sorted(Comparator.naturalOrder()).mapToDouble(Double::doubleValue).toArray();
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("benchmark broken: " + what);
        }
    }
}
