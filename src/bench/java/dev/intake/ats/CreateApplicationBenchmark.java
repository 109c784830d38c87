package dev.intake.ats;

import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Throughput of the create's JSON on one thread: writing the seed's full request to bytes and reading a
 * {@code CreateResult}, each next to a baseline (the same JSON as a plain {@code Map} tree, same mapper) measured
 * in the same run, so the ratio says what the records cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CreateApplicationBenchmark {
    /** The target for serialising the seed request on one core. */
    static final double TARGET_SERIALISATIONS_PER_SECOND = 200_000;

    private CreateApplicationRequest request;
    private Map<?, ?> requestAsMap;
    private byte[] createdAnswer;

    @Setup
    public void setUp() throws IOException {
        request = SeedExample.fullRequest();
        requestAsMap = Json.mapper().readValue(StackOneClient.requestBody(request), Map.class);
        createdAnswer = SeedExample.CREATED_JSON.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Benchmark
    public byte[] serialiseSeedRequest() {
        return StackOneClient.requestBody(request);
    }

    @Benchmark
    public byte[] serialiseSeedRequestAsMapBaseline() throws IOException {
        return Json.mapper().writeValueAsBytes(requestAsMap);
    }

    @Benchmark
    public CreateResult parseCreateResult() throws IOException {
        return StackOneClient.readResult(createdAnswer);
    }

    @Benchmark
    public Map<?, ?> parseCreateResultAsMapBaseline() throws IOException {
        return Json.mapper().readValue(createdAnswer, Map.class);
    }

    /** Runs the benchmarks and prints each figure with its ratio to the baseline. */
    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(CreateApplicationBenchmark.class.getName() + "\\.")
                .build()).run();
        double serialise = score(results, "serialiseSeedRequest");
        double serialiseBaseline = score(results, "serialiseSeedRequestAsMapBaseline");
        double parse = score(results, "parseCreateResult");
        double parseBaseline = score(results, "parseCreateResultAsMapBaseline");
        System.out.println();
        System.out.println("Intake benchmark (ops/s, one thread)");
        System.out.printf(Locale.ROOT, "  serialise seed request   %,12.0f   Map baseline %,12.0f   ratio %.2f%n",
                serialise, serialiseBaseline, serialise / serialiseBaseline);
        System.out.printf(Locale.ROOT, "  parse CreateResult       %,12.0f   Map baseline %,12.0f   ratio %.2f%n",
                parse, parseBaseline, parse / parseBaseline);
        System.out.printf(Locale.ROOT, "  target %,.0f serialisations/s: %s%n", TARGET_SERIALISATIONS_PER_SECOND,
                serialise >= TARGET_SERIALISATIONS_PER_SECOND ? "met" : "NOT met");
    }

    private static double score(Collection<RunResult> results, String method) {
        return results.stream()
                .filter(result -> result.getParams().getBenchmark().endsWith("." + method))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for " + method))
                .getPrimaryResult().getScore();
    }
}
