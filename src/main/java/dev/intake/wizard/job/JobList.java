package dev.intake.wizard.job;

import dev.intake.ats.Ats;
import dev.intake.ats.Department;
import dev.intake.ats.Job;
import dev.intake.ats.Page;
import dev.intake.common.BackgroundTask;
import dev.intake.common.TaskExecutor;
import dev.intake.form.ErrorExplainer;
import dev.intake.form.Messages;
import dev.intake.form.Rules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The job picker's list: jobs loaded page by page from the ATS with the status filter, searched locally as the
 * user types (loading further pages while a search finds too few), and a line saying how many are shown.
 */
final class JobList {
    private final Ats ats;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ErrorExplainer explainer;
    private final ObservableObjectValue<String> jobQuery;
    private final ObservableObjectValue<String> jobFilter;
    private final JobIndex index = new JobIndex();
    private final Map<String, String> departmentNames = new HashMap<>();
    private final ObservableList<Job> matches = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status;
    private final ReadOnlyBooleanWrapper loading;
    private final ReadOnlyBooleanWrapper more;
    private final ReadOnlyBooleanWrapper failed;
    private String nextCursor;
    private BackgroundTask<Page<Job>> runningPage;

    JobList(Object bean, Ats ats, TaskExecutor executor, Messages messages, ErrorExplainer explainer,
            ObservableObjectValue<String> jobQuery, ObservableObjectValue<String> jobFilter) {
        this.ats = ats;
        this.executor = executor;
        this.messages = messages;
        this.explainer = explainer;
        this.jobQuery = jobQuery;
        this.jobFilter = jobFilter;
        this.status = new ReadOnlyStringWrapper(bean, "jobListStatus");
        this.loading = new ReadOnlyBooleanWrapper(bean, "loadingJobs");
        this.more = new ReadOnlyBooleanWrapper(bean, "moreJobs");
        this.failed = new ReadOnlyBooleanWrapper(bean, "jobLoadFailed");
    }

    /** Starts the list over from the first page (the status filter changed). */
    void reload() {
        if (runningPage != null) {
            runningPage.cancel();
            runningPage = null;
        }
        index.clear();
        matches.clear();
        nextCursor = null;
        more.set(false);
        loadPage(null);
    }

    /** Loads the next page, if there is one and none is loading. */
    void loadMore() {
        if (more.get() && !loading.get()) {
            loadPage(nextCursor);
        }
    }

    private void loadPage(String cursor) {
        loading.set(true);
        failed.set(false);
        status.set(messages.get("job.list.loading"));
        String filter = jobFilter.get();
        runningPage = executor.wrap(() -> ats.jobs(filter, JobStepViewModel.JOB_PAGE_SIZE).fetch(cursor))
                .onSuccess(this::pageLoaded)
                .onFailure(error -> {
                    runningPage = null;
                    loading.set(false);
                    failed.set(true);
                    status.set(messages.get("job.list.failed", explainer.explain(error).oneLine()));
                })
                .start();
    }

    private void pageLoaded(Page<Job> page) {
        runningPage = null;
        loading.set(false);
        index.addAll(page.data());
        nextCursor = page.next();
        more.set(page.hasNext());
        refilter();
    }

    /** Retries the page that failed to load. */
    void retry() {
        if (index.size() == 0) {
            reload();
        } else {
            loadPage(nextCursor);
        }
    }

    /** Shows the loaded jobs matching the query, loading more while a search finds too few. */
    void refilter() {
        List<Job> found = index.search(jobQuery.get());
        matches.setAll(found);
        if (loading.get() || failed.get()) {
            return;
        }
        boolean searching = !Rules.isBlank(jobQuery.get());
        if (searching && found.size() < JobStepViewModel.WANTED_MATCHES && more.get()) {
            loadPage(nextCursor);
            return;
        }
        String key = more.get() ? "job.list.statusMore" : "job.list.status";
        status.set(index.size() == 0 ? messages.get("job.list.empty")
                : messages.get(key, found.size(), index.size()));
    }

    void departmentsLoaded(List<Department> departments) {
        departments.forEach(d -> departmentNames.put(d.id(), d.name()));
        index.setDepartmentNames(departmentNames::get);
        refilter();
    }

    /** How a job reads in the picker: department, status and code beside the title. */
    String describe(Job value) {
        List<String> parts = new ArrayList<>();
        if (value.departmentIds() != null) {
            value.departmentIds().stream().map(departmentNames::get).filter(Objects::nonNull).forEach(parts::add);
        }
        if (value.statusWord() != null) {
            parts.add(messages.getOr("job.status." + value.statusWord(), value.statusWord()));
        }
        if (value.code() != null && !value.code().isBlank()) {
            parts.add(value.code());
        }
        return String.join(" · ", parts);
    }

    ObservableList<Job> matches() {
        return matches;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    int loadedCount() {
        return index.size();
    }
}
