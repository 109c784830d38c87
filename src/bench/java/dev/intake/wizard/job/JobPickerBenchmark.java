package dev.intake.wizard.job;

import dev.intake.accounts.Profile;
import dev.intake.ats.Ats;
import dev.intake.ats.CodedValue;
import dev.intake.ats.Job;
import dev.intake.ats.Page;
import dev.intake.ats.PageSource;
import dev.intake.common.ImmediateTaskExecutor;
import dev.intake.form.Messages;
import dev.intake.wizard.fakes.FakeAts;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The job picker over 10,000 jobs: time until the first results show, and time per filtering keystroke. Each is
 * measured beside a baseline in the same run: loading every page before showing anything, and a FilteredList
 * whose predicate lower-cases every job on every keystroke. The ATS is in memory; for the time to first results
 * it also answers each page after a simulated network delay, since that is what the user waits for.
 * Run with the other benchmarks: {@code ./mvnw -Pbench -DskipTests verify}.
 */
public final class JobPickerBenchmark {
    private static final int JOBS = 10_000;
    private static final int WARMUP_ROUNDS = 15;
    private static final int ROUNDS = 30;
    private static final String TYPED = "senior backend engineer #12";
    private static final Profile.ProfileDefaults DEFAULTS = Profile.ProfileDefaults.NONE;
    /** A fast connection's round trip for one page of 100 jobs. */
    private static final Duration PAGE_DELAY = Duration.ofMillis(25);
    private static final int NETWORK_ROUNDS = 3;

    private JobPickerBenchmark() {
    }

    public static void main(String[] args) {
        FakeAts ats = FakeAts.standard();
        ats.jobs.clear();
        // Every job open, so the picker's default filter lists all 10,000.
        for (Job job : FakeAts.generatedJobs(JOBS)) {
            ats.jobs.add(new Job(job.id(), job.remoteId(), job.code(), job.title(), CodedValue.of("open"), null,
                    job.departmentIds(), job.locationIds(), null, null));
        }
        Messages messages = Messages.load();

        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            firstResults(ats, messages);
            loadEverythingFirst(ats);
            keystrokes(fullyLoaded(ats, messages));
            baselineKeystrokes(ats.jobs);
        }
        double[] first = new double[ROUNDS];
        double[] firstBaseline = new double[ROUNDS];
        List<Double> keys = new ArrayList<>();
        List<Double> keysBaseline = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            first[i] = firstResults(ats, messages);
            firstBaseline[i] = loadEverythingFirst(ats);
            keys.addAll(keystrokes(fullyLoaded(ats, messages)));
            keysBaseline.addAll(baselineKeystrokes(ats.jobs));
        }
        Ats slow = withPageDelay(ats);
        double[] firstSlow = new double[NETWORK_ROUNDS];
        double[] firstSlowBaseline = new double[NETWORK_ROUNDS];
        for (int i = 0; i < NETWORK_ROUNDS; i++) {
            firstSlow[i] = firstResults(slow, messages);
            firstSlowBaseline[i] = loadEverythingFirst(slow);
        }
        System.out.printf(Locale.ROOT, "Job picker over %,d jobs (%d rounds after %d warm-up rounds)%n", JOBS, ROUNDS,
                WARMUP_ROUNDS);
        report("time to first results, ATS answering each page in " + PAGE_DELAY.toMillis() + " ms", firstSlow,
                firstSlowBaseline, "baseline: load all pages, then show", 300);
        report("time to first results, in-memory ATS (the picker's own cost)", first, firstBaseline,
                "baseline: load all pages, then show", 300);
        report("time per filtering keystroke", toArray(keys), toArray(keysBaseline),
                "baseline: FilteredList lower-casing every job per keystroke", 16);
    }

    /** The same ATS, but every page of jobs arrives after {@link #PAGE_DELAY}, as over a network. */
    private static Ats withPageDelay(FakeAts ats) {
        return (Ats) Proxy.newProxyInstance(Ats.class.getClassLoader(), new Class<?>[] {Ats.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(ats, args);
                    if (!method.getName().equals("jobs")) {
                        return result;
                    }
                    @SuppressWarnings("unchecked")
                    PageSource<Job> pages = (PageSource<Job>) result;
                    return new PageSource<Job>() {
                        @Override
                        public Page<Job> fetch(String cursor) {
                            LockSupport.parkNanos(PAGE_DELAY.toNanos());
                            return pages.fetch(cursor);
                        }

                        @Override
                        public CompletableFuture<Page<Job>> fetchAsync(String cursor) {
                            return CompletableFuture.supplyAsync(() -> fetch(cursor));
                        }
                    };
                });
    }

    /** From opening the step to the first results in the list: the first page only. */
    private static double firstResults(Ats ats, Messages messages) {
        long start = System.nanoTime();
        JobStepViewModel vm = new JobStepViewModel(ats, new ImmediateTaskExecutor(), messages, DEFAULTS,
                new RecentSources());
        vm.start();
        if (vm.jobMatches().isEmpty()) {
            throw new IllegalStateException("no results");
        }
        return millis(start);
    }

    /** What a picker that loads the whole list before showing anything would take. */
    private static double loadEverythingFirst(Ats ats) {
        long start = System.nanoTime();
        List<Job> all = ats.jobs(null, 100).all();
        ObservableList<Job> shown = FXCollections.observableArrayList(all);
        if (shown.size() != JOBS) {
            throw new IllegalStateException("missing jobs");
        }
        return millis(start);
    }

    private static JobStepViewModel fullyLoaded(FakeAts ats, Messages messages) {
        JobStepViewModel vm = new JobStepViewModel(ats, new ImmediateTaskExecutor(), messages, DEFAULTS,
                new RecentSources());
        vm.start();
        while (vm.moreJobsProperty().get()) {
            vm.loadMoreJobs();
        }
        if (vm.loadedJobCount() != JOBS) {
            throw new IllegalStateException("loaded " + vm.loadedJobCount());
        }
        return vm;
    }

    /** Types the query one character at a time, then erases it, timing each keystroke's filtering. */
    private static List<Double> keystrokes(JobStepViewModel vm) {
        List<Double> times = new ArrayList<>();
        for (String query : queries()) {
            long start = System.nanoTime();
            vm.jobQueryProperty().set(query);
            times.add(millis(start));
        }
        return times;
    }

    private static List<Double> baselineKeystrokes(List<Job> jobs) {
        FilteredList<Job> filtered = new FilteredList<>(FXCollections.observableArrayList(jobs));
        List<Double> times = new ArrayList<>();
        for (String query : queries()) {
            long start = System.nanoTime();
            String q = query.toLowerCase(Locale.ROOT);
            filtered.setPredicate(job -> (job.title() + " " + job.code()).toLowerCase(Locale.ROOT).contains(q));
            filtered.size();
            times.add(millis(start));
        }
        return times;
    }

    private static List<String> queries() {
        List<String> queries = new ArrayList<>();
        for (int i = 1; i <= TYPED.length(); i++) {
            queries.add(TYPED.substring(0, i));
        }
        for (int i = TYPED.length() - 1; i >= 0; i--) {
            queries.add(TYPED.substring(0, i));
        }
        return queries;
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void report(String what, double[] measured, double[] baseline, String baselineName,
            double targetMillis) {
        double median = percentile(measured, 50);
        double p95 = percentile(measured, 95);
        double baseMedian = percentile(baseline, 50);
        System.out.printf(Locale.ROOT, "%s: median %.2f ms, p95 %.2f ms, max %.2f ms (target < %.0f ms: %s)%n",
                what, median, p95, Arrays.stream(measured).max().orElse(0), targetMillis,
                p95 < targetMillis ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "  %s: median %.2f ms; ratio picker/baseline %.2f%n", baselineName,
                baseMedian, median / baseMedian);
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
