package dev.intake.wizard.job;

import dev.intake.ats.Job;
import dev.intake.form.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An in-memory search index over the jobs loaded so far. Each job gets one folded search key (title, code,
 * status, departments; lower case, accents removed) when it is added, so a keystroke only scans precomputed
 * strings; a query that extends the previous one scans only the previous matches. Not thread-safe: owned by the
 * thread that shows the list.
 */
public final class JobIndex {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<Job> jobs = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private Function<String, String> departmentName = id -> null;

    private String lastQuery;
    private int[] lastMatches = new int[0];
    private int lastSize = -1;

    /** Folds text for matching: lower case, accents removed ("Développeur" matches "developpeur"). */
    public static String fold(String text) {
        return Texts.fold(text);
    }

    public void addAll(Collection<Job> more) {
        for (Job job : more) {
            jobs.add(job);
            keys.add(keyOf(job));
            titles.add(fold(job.title()));
        }
    }

    public void clear() {
        jobs.clear();
        keys.clear();
        titles.clear();
        lastQuery = null;
        lastSize = -1;
    }

    /** Department names arrived (or changed): rebuilds the keys so searching by department works. */
    public void setDepartmentNames(Function<String, String> names) {
        this.departmentName = names;
        for (int i = 0; i < jobs.size(); i++) {
            keys.set(i, keyOf(jobs.get(i)));
        }
        lastQuery = null;
    }

    private String keyOf(Job job) {
        StringBuilder key = new StringBuilder();
        key.append(job.title()).append(' ').append(job.code()).append(' ').append(job.statusWord());
        if (job.departmentIds() != null) {
            for (String id : job.departmentIds()) {
                String name = departmentName.apply(id);
                key.append(' ').append(name == null ? "" : name);
            }
        }
        return fold(key.toString());
    }

    public int size() {
        return jobs.size();
    }

    /**
     * Jobs whose key contains every word of the query, those whose title starts with the first word first,
     * otherwise in the order the ATS listed them. A blank query returns every job.
     */
    public List<Job> search(String query) {
        String folded = fold(query).strip();
        String[] words = folded.isEmpty() ? new String[0] : SPACES.split(folded);
        int[] candidates;
        int candidateCount;
        if (lastQuery != null && lastSize == jobs.size() && folded.startsWith(lastQuery)) {
            candidates = lastMatches;
            candidateCount = lastMatches.length;
        } else {
            candidates = null;
            candidateCount = jobs.size();
        }
        int[] matches = new int[candidateCount];
        int count = 0;
        for (int c = 0; c < candidateCount; c++) {
            int i = candidates == null ? c : candidates[c];
            if (containsAll(keys.get(i), words)) {
                matches[count++] = i;
            }
        }
        lastMatches = Arrays.copyOf(matches, count);
        lastQuery = folded;
        lastSize = jobs.size();

        List<Job> result = new ArrayList<>(count);
        if (words.length == 0) {
            for (int k = 0; k < count; k++) {
                result.add(jobs.get(matches[k]));
            }
            return result;
        }
        String first = words[0];
        for (int k = 0; k < count; k++) {
            if (titles.get(matches[k]).startsWith(first)) {
                result.add(jobs.get(matches[k]));
            }
        }
        for (int k = 0; k < count; k++) {
            if (!titles.get(matches[k]).startsWith(first)) {
                result.add(jobs.get(matches[k]));
            }
        }
        return result;
    }

    private static boolean containsAll(String key, String[] words) {
        for (String word : words) {
            if (!key.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
