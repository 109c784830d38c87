package dev.intake.fair.editor;

import dev.intake.ats.Job;
import dev.intake.form.Field;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The jobs offered at the booth: every open job of the pack, a filter over them, and which are ticked. The ticks
 * live here, not in the list on screen, so a job stays ticked while the filter hides it.
 *
 * <p>The shortlist is kept in <b>list order</b> (the jobs by title, as the list shows them), not in the order they
 * were ticked: quick entry offers the jobs in the shortlist's order, and list order stays the same however often
 * someone unticks and ticks again while filtering.
 */
public final class JobShortlist {
    private final ObservableList<Job> jobs = FXCollections.observableArrayList();
    private final FilteredList<Job> shown = new FilteredList<>(jobs, job -> true);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final Field<List<String>> ticked;

    JobShortlist(List<String> initial) {
        ticked = new Field<>("shortlist_job_ids", List.copyOf(initial));
        filter.addListener((obs, old, now) -> shown.setPredicate(job -> matches(job, now)));
    }

    /**
     * Shows the pack's open jobs, by title. Ticks of jobs the pack no longer has (closed since) are dropped: quick
     * entry could not offer them anyway.
     */
    void setJobs(List<Job> open) {
        jobs.setAll(open.stream().sorted(Comparator.comparing((Job job) -> label(job).toLowerCase(Locale.ROOT)))
                .toList()); // the label starts with the title
        Set<String> kept = Set.copyOf(ticked.get());
        ticked.reset(inListOrder(kept));
    }

    private List<String> inListOrder(Set<String> ids) {
        return jobs.stream().map(Job::id).filter(ids::contains).toList();
    }

    /** The filter typed above the list: part of a title or a code, any case. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The jobs the filter lets through, in list order. */
    public ObservableList<Job> shown() {
        return shown;
    }

    /** Every open job of the pack, by title. */
    public List<Job> all() {
        return List.copyOf(jobs);
    }

    public boolean isTicked(Job job) {
        return ticked.get().contains(job.id());
    }

    public void setTicked(Job job, boolean tick) {
        if (isTicked(job) == tick) {
            return;
        }
        Set<String> ids = ticked.get().stream().collect(Collectors.toSet());
        if (tick) {
            ids.add(job.id());
        } else {
            ids.remove(job.id());
        }
        ticked.set(inListOrder(ids));
    }

    /** The ticked job ids in list order; empty means every open job. */
    public Field<List<String>> ticked() {
        return ticked;
    }

    /** "Backend Engineer · BE-12", or the title alone when the job has no code. */
    public static String label(Job job) {
        String title = Objects.requireNonNullElse(job.title(), job.id());
        return job.code() == null || job.code().isBlank() ? title : title + " \u00b7 " + job.code();
    }

    private static boolean matches(Job job, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String wanted = query.strip().toLowerCase(Locale.ROOT);
        return label(job).toLowerCase(Locale.ROOT).contains(wanted);
    }
}
