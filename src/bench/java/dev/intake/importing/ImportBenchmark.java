package dev.intake.importing;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.intake.ats.Job;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Importing a hiring fair's list: read + map + check of a 10,000-row and a 55,000-row CSV (a large fair's
 * badge scans), each beside the plain FastCSV parse of the same file in the same run, which is the floor any
 * import pays. Prints medians, the ratio to the baseline and the peak heap. Targets: 10k < 2 s, 55k < 10 s,
 * heap < 200 MB (the pom runs this main with {@code -Xmx200m}, so exceeding it fails the run).
 * Run with the other benchmarks: {@code ./mvnw -Pbench -DskipTests verify}.
 */
public final class ImportBenchmark {
    private static final String[] FIRST = {"Jürgen", "Anna-Lena", "Björn", "Chloé", "Liam", "Zoë", "Mehmet",
            "Sophie", "Łukasz", "Fatima"};
    private static final String[] LAST = {"Müller", "Größer", "Weiß", "Dubois", "O'Brien", "Åberg", "Yılmaz",
            "Schmidt", "Nowak", "Haddad"};
    private static final String[] COUNTRIES = {"DE", "Deutschland", "AT", "CH", "", "NL"};
    private static final int JOBS = 200;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("intake-import-bench");
        try {
            List<Job> jobs = jobs();
            run(folder, jobs, 10_000, 3, 7, 2_000);
            run(folder, jobs, 55_000, 1, 3, 10_000);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    private static void run(Path folder, List<Job> jobs, int rows, int warmups, int rounds, double targetMillis)
            throws Exception {
        Path file = generate(folder, rows);
        JobMatcher matcher = new JobMatcher(jobs);
        for (int i = 0; i < warmups; i++) {
            importOnce(file, matcher);
            parseOnce(file);
        }
        HeapSampler heap = HeapSampler.start();
        double[] imported = new double[rounds];
        double[] parsed = new double[rounds];
        int ready = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            ready = importOnce(file, matcher);
            imported[i] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            parseOnce(file);
            parsed[i] = (System.nanoTime() - start) / 1e6;
        }
        double median = median(imported);
        double baseline = median(parsed);
        System.out.printf(Locale.ROOT, "Import of %,d rows (%,d KB, %d rounds after %d warm-up): read+map+check "
                        + "median %.0f ms (target < %.0f ms: %s); %,d rows ready%n", rows, Files.size(file) / 1024,
                rounds, warmups, median, targetMillis, median < targetMillis ? "met" : "MISSED", ready);
        System.out.printf(Locale.ROOT, "  plain FastCSV parse: median %.0f ms; ratio import/parse %.1f%n", baseline,
                median / baseline);
        double peakMb = heap.stop() / (1024.0 * 1024.0);
        ImportPlan held = plan(file, matcher);
        System.gc();
        double liveMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024.0 * 1024.0);
        System.out.printf(Locale.ROOT, "  heap: peak %.0f MB in use (garbage included) of %.0f MB max (target "
                        + "< 200 MB: %s); %.0f MB live after GC holding the plan of %,d rows%n", peakMb,
                Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0), peakMb < 200 ? "met" : "MISSED", liveMb,
                held.rows().size());
    }

    private static int importOnce(Path file, JobMatcher matcher) throws ImportFileException {
        return plan(file, matcher).ready().size();
    }

    private static ImportPlan plan(Path file, JobMatcher matcher) throws ImportFileException {
        ImportTable table = ImportFileReader.read(file);
        return ImportPlanner.plan(table, ColumnMapping.automatic(table.headers()), matcher, ImportDefaults.NONE);
    }

    private static long parseOnce(Path file) throws IOException {
        long cells = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';').ofCsvRecord(file,
                StandardCharsets.UTF_8)) {
            for (CsvRecord record : reader) {
                cells += record.getFieldCount();
            }
        }
        return cells;
    }

    /** A fair's export as Excel saves it: a title, semicolons, CRLF, notes with separators and line breaks. */
    private static Path generate(Path folder, int rows) throws IOException {
        Path file = folder.resolve("leads-" + rows + ".csv");
        Random random = new Random(rows);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Career fair Berlin — leads;;;;;;;\r\n;;;;;;;\r\n");
            out.write("Vorname;Nachname;E-Mail;Telefon;Stelle;Land;Quelle;Notiz\r\n");
            for (int i = 0; i < rows; i++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                String email = "lead" + i + "@example.de";
                String phone = random.nextInt(4) == 0 ? "+49 151 " + (1_000_000 + i) : "0151 " + (1_000_000 + i);
                String job = random.nextBoolean() ? "JOB-" + random.nextInt(JOBS) : Integer.toString(random.nextInt(JOBS));
                String note = switch (random.nextInt(4)) {
                    case 0 -> "";
                    case 1 -> "Stand " + random.nextInt(40);
                    case 2 -> "\"Spricht Deutsch; Englisch\"";
                    default -> "\"Rückruf Dienstag\r\nab 15 Uhr\"";
                };
                out.write(String.join(";", first, last, email, phone, job,
                        COUNTRIES[random.nextInt(COUNTRIES.length)], "Jobmesse Berlin", note));
                out.write("\r\n");
            }
        }
        return file;
    }

    private static List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            jobs.add(new Job(Integer.toString(i), null, "JOB-" + i, "Position " + i, null, "open", List.of(),
                    List.of(), null, null));
        }
        return jobs;
    }

    /**
     * The most heap in use while the rounds ran, sampled every millisecond. It counts garbage not yet collected,
     * so it is an upper bound of what the import needs ({@code java.management} is not among Intake's modules,
     * so the memory pools' own peaks cannot be read here).
     */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;

        private HeapSampler() {
            thread = Thread.ofPlatform().daemon().name("heap-sampler").unstarted(this::sample);
        }

        static HeapSampler start() {
            System.gc();
            HeapSampler sampler = new HeapSampler();
            sampler.thread.start();
            return sampler;
        }

        private void sample() {
            Runtime runtime = Runtime.getRuntime();
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            thread.interrupt();
            thread.join();
            return peak.get();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
