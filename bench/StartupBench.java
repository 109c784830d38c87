import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Times the packaged Intake against the packaged hello-world app: whole-process start to first frame, interleaved
 * runs, each a new process started through the app's installed launcher with {@code --smoke-test}. Also compares
 * resident memory after start, application image sizes and .deb sizes. Run by bench/startup.sh.
 *
 * <pre>java bench/StartupBench.java RUNS HEADLESS(true|false) NAME=DIST_DIR NAME=DIST_DIR</pre>
 * The first app is measured against the second (the baseline).
 */
public final class StartupBench {
    private static final Pattern RESULT = Pattern.compile(
            "smoke-test passed: first-frame-ms=(\\d+) input-ms=(\\d+) ready-ms=(\\d+) first-frame-epoch-ms=(\\d+)"
                    + " rss-kb=(-?\\d+)");
    private static final long RUN_TIMEOUT_SECONDS = 120;

    private record App(String name, Path dist) {
        Path image() {
            return dist.resolve(name);
        }

        Path launcher() {
            return image().resolve("bin").resolve(name);
        }
    }

    /**
     * One start: time to first frame as seen from outside the process, and what the app reported: first frame and
     * ready for work (Intake: the wizard laid out on screen, services started) on its own clock, resident memory
     * when ready.
     */
    private record Run(long firstFrameMs, long insideFirstFrameMs, long readyMs, long exitMs, long residentKb) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java StartupBench.java RUNS HEADLESS APP=DIST_DIR BASELINE=DIST_DIR");
            System.exit(2);
        }
        int runs = Integer.parseInt(args[0]);
        boolean headless = Boolean.parseBoolean(args[1]);
        App app = app(args[2]);
        App baseline = app(args[3]);

        Map<App, List<Run>> results = new LinkedHashMap<>();
        results.put(app, new ArrayList<>());
        results.put(baseline, new ArrayList<>());
        // One start each first, not counted: both then find their files in the OS cache alike.
        start(app, headless);
        start(baseline, headless);
        for (int round = 0; round < runs; round++) {
            List<App> order = round % 2 == 0 ? List.of(app, baseline) : List.of(baseline, app);
            for (App next : order) {
                results.get(next).add(start(next, headless));
            }
        }

        System.out.printf(Locale.ROOT, "%nStart to first frame (%d runs each, interleaved, %s):%n", runs,
                headless ? "JavaFX headless platform" : "GTK window on " + System.getenv("DISPLAY"));
        for (Map.Entry<App, List<Run>> entry : results.entrySet()) {
            List<Long> frames = entry.getValue().stream().map(Run::firstFrameMs).toList();
            List<Long> inside = entry.getValue().stream().map(Run::insideFirstFrameMs).toList();
            List<Long> exits = entry.getValue().stream().map(Run::exitMs).toList();
            System.out.printf(Locale.ROOT,
                    "  %-8s median %5d ms  min %5d  p25 %5d  p75 %5d  max %5d   (app's own clock: median %d ms;"
                            + " process exit: median %d ms)%n    runs: %s%n",
                    entry.getKey().name(), median(frames), min(frames), percentile(frames, 25),
                    percentile(frames, 75), max(frames), median(inside), median(exits), frames);
        }
        System.out.printf(Locale.ROOT,
                "%nStart to ready for work (app's own clock; hello is ready at its first frame):%n");
        for (Map.Entry<App, List<Run>> entry : results.entrySet()) {
            List<Long> ready = entry.getValue().stream().map(Run::readyMs).toList();
            System.out.printf(Locale.ROOT, "  %-8s median %5d ms  min %5d  p25 %5d  p75 %5d  max %5d%n    runs: %s%n",
                    entry.getKey().name(), median(ready), min(ready), percentile(ready, 25), percentile(ready, 75),
                    max(ready), ready);
        }
        double startRatio = (double) median(firstFrames(results.get(app))) / median(firstFrames(results.get(baseline)));
        double readyRatio = (double) median(results.get(app).stream().map(Run::readyMs).toList())
                / median(results.get(baseline).stream().map(Run::readyMs).toList());
        long appRss = median(results.get(app).stream().map(Run::residentKb).toList());
        long baseRss = median(results.get(baseline).stream().map(Run::residentKb).toList());
        long appImage = treeSize(app.image());
        long baseImage = treeSize(baseline.image());

        System.out.printf(Locale.ROOT, "%nResident memory when ready (median): %s %.1f MB, %s %.1f MB%n",
                app.name(), appRss / 1024.0, baseline.name(), baseRss / 1024.0);
        System.out.printf(Locale.ROOT, "Application image: %s %.1f MB, %s %.1f MB%n",
                app.name(), appImage / 1e6, baseline.name(), baseImage / 1e6);
        Path appDeb = deb(app);
        Path baseDeb = deb(baseline);
        if (appDeb != null && baseDeb != null) {
            System.out.printf(Locale.ROOT, ".deb: %s %.1f MB, %s %.1f MB%n", app.name(), Files.size(appDeb) / 1e6,
                    baseline.name(), Files.size(baseDeb) / 1e6);
        }

        // The product's budgets: first frame, ready for work, image and resident memory as ratios to the baseline
        // from this same run, and the .deb's size.
        String vs = app.name() + "/" + baseline.name();
        System.out.printf(Locale.ROOT, "%nBudgets:%n");
        target("start ratio " + vs, startRatio, 1.3);
        target("ready ratio " + vs, readyRatio, 2.0);
        target("image ratio " + vs, (double) appImage / baseImage, 1.5);
        target("RSS ratio " + vs, (double) appRss / baseRss, 1.4);
        if (appDeb != null) {
            target(app.name() + " .deb size in MB", Files.size(appDeb) / 1e6, 60);
        }
    }

    private static App app(String spec) {
        int equals = spec.indexOf('=');
        App app = new App(spec.substring(0, equals), Path.of(spec.substring(equals + 1)));
        if (!Files.isExecutable(app.launcher())) {
            throw new IllegalArgumentException("no launcher at " + app.launcher());
        }
        return app;
    }

    private static Run start(App app, boolean headless) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(app.launcher().toString(), "--smoke-test")
                .redirectErrorStream(true);
        if (headless) {
            builder.environment().put("JAVA_TOOL_OPTIONS", "-Dglass.platform=Headless");
        } else {
            builder.environment().remove("JAVA_TOOL_OPTIONS");
        }
        long started = System.currentTimeMillis();
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        Thread reader = Thread.ofPlatform().start(() -> {
            try (InputStream in = process.getInputStream()) {
                output.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(app.name() + " did not finish its smoke test in " + RUN_TIMEOUT_SECONDS
                    + " s");
        }
        long exited = System.currentTimeMillis();
        reader.join();
        Matcher result = RESULT.matcher(output);
        if (process.exitValue() != 0 || !result.find()) {
            throw new IllegalStateException(app.name() + " failed its smoke test (exit " + process.exitValue()
                    + "):\n" + output);
        }
        return new Run(Long.parseLong(result.group(4)) - started, Long.parseLong(result.group(1)),
                Long.parseLong(result.group(3)), exited - started, Long.parseLong(result.group(5)));
    }

    private static List<Long> firstFrames(List<Run> runs) {
        return runs.stream().map(Run::firstFrameMs).toList();
    }

    private static void target(String what, double value, double limit) {
        System.out.printf(Locale.ROOT, "  %-32s %6.2f  (budget <= %s)  %s%n", what, value,
                limit == Math.rint(limit) ? String.valueOf((long) limit) : String.valueOf(limit),
                value <= limit ? "met" : "MISSED");
    }

    private static long median(List<Long> values) {
        return percentile(values, 50);
    }

    /** Nearest-rank percentile; for an even count the median is the mean of the middle two. */
    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = values.stream().sorted().toList();
        if (percent == 50 && sorted.size() % 2 == 0) {
            return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    private static Path deb(App app) throws IOException {
        try (Stream<Path> files = Files.list(app.dist())) {
            return files.filter(file -> file.getFileName().toString().startsWith(app.name() + "_")
                    && file.toString().endsWith(".deb")).findFirst().orElse(null);
        }
    }

    private static long treeSize(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
