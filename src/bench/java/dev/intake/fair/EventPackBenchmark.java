package dev.intake.fair;

import dev.intake.ats.AtsConnection;
import dev.intake.ats.HttpClients;
import dev.intake.ats.StackOneClient;
import dev.intake.sandbox.SandboxOptions;
import dev.intake.sandbox.SandboxServer;
import dev.intake.store.EventPack;
import dev.intake.store.FairEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Packing an event of 500 open jobs from the sandbox answering every call after 300 ms, as a slow link to StackOne
 * does. Beside it, the same fetcher with a single lane over a shortlist of 20 jobs gives the cost per job of reading
 * stages one after the other, measured in the same run. Target: all 500 within 60 s.
 * Run with the other benchmarks: {@code ./mvnw -Pbench -DskipTests verify}.
 */
public final class EventPackBenchmark {
    private static final int OPEN_JOBS = 500;
    private static final Duration LATENCY = Duration.ofMillis(300);
    private static final int BASELINE_JOBS = 20;

    private EventPackBenchmark() {
    }

    public static void main(String[] args) {
        // The sandbox's catalogue opens most jobs but not all: grow it until 500 are open.
        int catalogue = OPEN_JOBS;
        SandboxServer server = SandboxServer.start(SandboxOptions.defaults().withJobCount(catalogue));
        while (server.data().jobs().stream().filter(job -> "open".equals(job.statusWord())).count() < OPEN_JOBS) {
            server.close();
            catalogue += 50;
            server = SandboxServer.start(SandboxOptions.defaults().withJobCount(catalogue));
        }
        try (SandboxServer sandbox = server) {
            StackOneClient client = new StackOneClient(new AtsConnection(sandbox.baseUrl().toString(),
                    sandbox.apiKey(), SandboxServer.ACCOUNT_ID), HttpClients.create());
            sandbox.knobs().latency(LATENCY);
            LocalDate today = LocalDate.now();
            FairEvent everything = new FairEvent("bench", "Bench fair", today, today, null, List.of(), null, null,
                    false, null, null, null);

            long started = System.nanoTime();
            EventPack pack = new AtsEventPackFetcher(client, Clock.systemUTC()).fetch(everything);
            Duration parallel = Duration.ofNanos(System.nanoTime() - started);
            List<String> open = pack.openJobs().stream().map(job -> job.id()).toList();

            FairEvent shortlist = new FairEvent("bench", "Bench fair", today, today, null,
                    open.subList(0, BASELINE_JOBS), null, null, false, null, null, null);
            started = System.nanoTime();
            new AtsEventPackFetcher(client, Clock.systemUTC(), 1).fetch(shortlist);
            Duration oneLane = Duration.ofNanos(System.nanoTime() - started);
            sandbox.knobs().latency(Duration.ZERO);

            double perJobParallel = parallel.toMillis() / (double) open.size();
            double perJobOneLane = oneLane.toMillis() / (double) BASELINE_JOBS;
            System.out.printf(Locale.ROOT, "Event pack, %d open jobs at %d ms a call: %.1f s (target < 60 s) %s%n",
                    open.size(), LATENCY.toMillis(), parallel.toMillis() / 1000.0,
                    parallel.compareTo(Duration.ofSeconds(60)) < 0 ? "OK" : "TOO SLOW");
            System.out.printf(Locale.ROOT, "  per job: %.0f ms with %d lanes, %.0f ms one after another (baseline of "
                    + "%d jobs); ratio %.1fx%n", perJobParallel, AtsEventPackFetcher.DEFAULT_PARALLEL_CALLS,
                    perJobOneLane, BASELINE_JOBS, perJobOneLane / perJobParallel);
            System.out.printf(Locale.ROOT, "  packed: %d postings, %d locations, %d users, %d stage lists%n",
                    pack.postings().size(), pack.locations().size(), pack.users().size(), pack.stagesByJob().size());
        }
    }
}
