package dev.intake.fair.quick;

import dev.intake.ats.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the event's jobs by what staff type: a job whose code or a word of whose title starts with the text comes
 * first, then one that merely contains it; within each, the event's order. Blank text matches every job.
 */
final class JobTypeAhead {
    private final List<Job> jobs;

    JobTypeAhead(List<Job> jobs) {
        this.jobs = List.copyOf(jobs);
    }

    List<Job> matches(String typed) {
        String query = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (query.isEmpty()) {
            return jobs;
        }
        List<Job> starting = new ArrayList<>();
        List<Job> containing = new ArrayList<>();
        for (Job job : jobs) {
            String title = lower(job.title());
            String code = lower(job.code());
            if (code.startsWith(query) || title.startsWith(query) || title.contains(" " + query)
                    || display(job).toLowerCase(Locale.ROOT).equals(query)) {
                starting.add(job);
            } else if (title.contains(query) || code.contains(query)) {
                containing.add(job);
            }
        }
        starting.addAll(containing);
        return starting;
    }

    /** How a job reads in the field: its title, and its code in brackets when it has one. */
    static String display(Job job) {
        if (job == null) {
            return "";
        }
        String title = job.title() == null || job.title().isBlank() ? job.id() : job.title().strip();
        return job.code() == null || job.code().isBlank() ? title : title + " (" + job.code().strip() + ")";
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
