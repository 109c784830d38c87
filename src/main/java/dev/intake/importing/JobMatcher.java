package dev.intake.importing;

import dev.intake.ats.Job;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the job a row names. Files name jobs in whatever the person had at hand: the ATS id, the requisition
 * code, or the title. A cell matches a job's id first, then its {@code code}, then its exact title (case and
 * accents ignored) — a title only when exactly one job has it, since two "Sales Manager" jobs in different cities
 * must not be guessed between.
 */
public final class JobMatcher {
    /** How many similar jobs an error suggests. */
    static final int SUGGESTIONS = 3;

    private final List<Job> jobs;
    private final Map<String, Job> byId = new HashMap<>();
    private final Map<String, List<Job>> byCode = new HashMap<>();
    private final Map<String, List<Job>> byTitle = new HashMap<>();

    public JobMatcher(List<Job> jobs) {
        this.jobs = List.copyOf(jobs);
        for (Job job : this.jobs) {
            if (job.id() != null) {
                byId.putIfAbsent(job.id().strip(), job);
            }
            if (job.code() != null && !job.code().isBlank()) {
                byCode.computeIfAbsent(job.code().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(job);
            }
            if (job.title() != null && !job.title().isBlank()) {
                byTitle.computeIfAbsent(HeaderNames.foldAccents(job.title()), k -> new ArrayList<>()).add(job);
            }
        }
    }

    /** What a cell's text matched. */
    public sealed interface Match {
    }

    /** Exactly one job. */
    public record Found(Job job) implements Match {
    }

    /** Several jobs share the code or title; the row must say which, e.g. by id. */
    public record Ambiguous(List<Job> jobs) implements Match {
        public Ambiguous {
            jobs = List.copyOf(jobs);
        }
    }

    /** No job; {@code closest} holds up to three jobs whose title or code resemble the text. */
    public record NotFound(List<Job> closest) implements Match {
        public NotFound {
            closest = List.copyOf(closest);
        }
    }

    public Match match(String text) {
        String wanted = text == null ? "" : text.strip();
        Job exact = byId.get(wanted);
        if (exact != null) {
            return new Found(exact);
        }
        List<Job> coded = byCode.getOrDefault(wanted.toLowerCase(Locale.ROOT), List.of());
        if (coded.size() == 1) {
            return new Found(coded.getFirst());
        }
        if (coded.size() > 1) {
            return new Ambiguous(coded);
        }
        List<Job> titled = byTitle.getOrDefault(HeaderNames.foldAccents(wanted), List.of());
        if (titled.size() == 1) {
            return new Found(titled.getFirst());
        }
        if (titled.size() > 1) {
            return new Ambiguous(titled);
        }
        return new NotFound(closest(wanted));
    }

    /** The jobs most like {@code text} by title or code (bigram similarity), best first; none that share nothing. */
    List<Job> closest(String text) {
        Set<String> wanted = bigrams(HeaderNames.foldAccents(text));
        Map<Job, Double> scores = new LinkedHashMap<>();
        for (Job job : jobs) {
            double score = Math.max(similarity(wanted, bigrams(HeaderNames.foldAccents(job.title()))),
                    similarity(wanted, bigrams(HeaderNames.foldAccents(job.code()))));
            if (score > 0) {
                scores.put(job, score);
            }
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<Job, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(SUGGESTIONS)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Dice coefficient: twice the shared letter pairs over all letter pairs. */
    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String pair : a) {
            if (b.contains(pair)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    private static Set<String> bigrams(String text) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            pairs.add(text.substring(i, i + 2));
        }
        return pairs;
    }
}
