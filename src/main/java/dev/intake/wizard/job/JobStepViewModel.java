package dev.intake.wizard.job;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.intake.accounts.Profile;
import dev.intake.ats.ApplicationStage;
import dev.intake.ats.ApplicationStatuses;
import dev.intake.ats.Ats;
import dev.intake.ats.CodedValue;
import dev.intake.ats.CreateApplicationRequest;
import dev.intake.ats.Job;
import dev.intake.ats.JobPosting;
import dev.intake.ats.Location;
import dev.intake.common.BackgroundTask;
import dev.intake.common.TaskExecutor;
import dev.intake.form.ChangeTracker;
import dev.intake.form.ErrorExplainer;
import dev.intake.form.Field;
import dev.intake.form.FieldGroup;
import dev.intake.form.Messages;
import dev.intake.form.Rules;
import dev.intake.form.Texts;
import dev.intake.wizard.step.StepViewModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * Step 2: the job, posting and location applied for, where the applicant came from, and the application status.
 * Jobs arrive page by page; typing filters what is loaded at once (no waiting on the ATS per keystroke), and
 * further pages are fetched when the list runs out or a search finds too little.
 */
public final class JobStepViewModel implements StepViewModel {
    /** The spec's application status values a user can pick ({@code unmapped_value} is for data from ATSs). */
    public static final List<String> STATUSES = ApplicationStatuses.CHOOSABLE;
    /** The job status filters the spec offers for listing jobs; null lists all. */
    public static final List<String> JOB_FILTERS = Arrays.asList(null, "open", "draft");

    static final int JOB_PAGE_SIZE = 100;
    /** A search showing fewer matches than this keeps loading pages while more exist. */
    static final int WANTED_MATCHES = 30;

    private final Ats ats;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Rules rules;
    private final ErrorExplainer explainer;
    private final Profile.ProfileDefaults defaults;
    private final RecentSources recentSources;
    private final ChangeTracker changes = new ChangeTracker();
    private final FieldGroup fields = new FieldGroup();

    private final StringProperty jobQuery = new SimpleStringProperty(this, "jobQuery", "");
    private final ObjectProperty<String> jobFilter = new SimpleObjectProperty<>(this, "jobFilter");
    private final Field<Job> job = new Field<>("job_id", null);
    private final JobList jobList;

    private List<JobPosting> allPostings;
    private final ObservableList<JobPosting> postings = FXCollections.observableArrayList();
    private final Field<JobPosting> posting = new Field<>("job_posting_id", null);
    private final ReadOnlyStringWrapper postingStatus = new ReadOnlyStringWrapper(this, "postingStatus");

    private List<Location> allLocations = List.of();
    private final ObservableList<Location> locations = FXCollections.observableArrayList();
    private final ObservableSet<String> postingLocationIds = FXCollections.observableSet();
    private final Field<Location> location = new Field<>("location_id", null);

    private final Field<String> sourceName = Field.text("source.name");
    private final ObservableList<String> sourceSuggestions = FXCollections.observableArrayList();
    private final Field<String> applicationStatus = new Field<>("application_status", null);
    private final Field<String> statusSourceValue = Field.text("application_status.source_value");
    private final ObservableList<String> stageSuggestions = FXCollections.observableArrayList();
    private BackgroundTask<List<ApplicationStage>> runningStages;
    private final Field<String> passthrough = Field.text("passthrough");

    public JobStepViewModel(Ats ats, TaskExecutor executor, Messages messages, Profile.ProfileDefaults defaults,
            RecentSources recentSources) {
        this.ats = Objects.requireNonNull(ats);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.rules = new Rules(messages);
        this.explainer = new ErrorExplainer(messages);
        this.defaults = defaults == null ? Profile.ProfileDefaults.NONE : defaults;
        this.recentSources = Objects.requireNonNull(recentSources);
        this.jobList = new JobList(this, ats, executor, messages, explainer, jobQuery, jobFilter);

        job.rule(value -> value == null ? messages.get("job.required") : null);
        passthrough.rule(rules.jsonObject(messages.get("job.passthrough")));
        fields.add(job);
        fields.add(posting);
        fields.add(location);
        fields.add(sourceName);
        fields.add(applicationStatus);
        fields.add(statusSourceValue);
        fields.add(passthrough);

        jobFilter.set(this.defaults.jobStatusFilter() != null ? this.defaults.jobStatusFilter() : "open");
        applicationStatus.set(this.defaults.applicationStatus());
        sourceName.set(this.defaults.sourceName() == null ? "" : this.defaults.sourceName());
        applicationStatus.reset(applicationStatus.get());
        sourceName.reset(sourceName.get());

        jobQuery.addListener((obs, old, now) -> jobList.refilter());
        jobFilter.addListener((obs, old, now) -> jobList.reload());
        job.valueProperty().addListener((obs, old, now) -> jobChanged(old, now));
        posting.valueProperty().addListener((obs, old, now) -> orderLocations());
        sourceName.valueProperty().addListener(o -> refreshSourceSuggestions());
        refreshSourceSuggestions();
        changes.watch(job.valueProperty(), posting.valueProperty(), location.valueProperty(),
                sourceName.valueProperty(), applicationStatus.valueProperty(), statusSourceValue.valueProperty(),
                passthrough.valueProperty(), jobFilter);
    }

    /** Starts loading the first page of jobs and, beside it, departments, postings and locations. */
    public void start() {
        jobList.reload();
        executor.wrap(() -> ats.departments(100).all())
                .onSuccess(jobList::departmentsLoaded)
                .start();
        loadPostings();
        executor.wrap(() -> ats.locations(100).all())
                .onSuccess(found -> {
                    allLocations = List.copyOf(found);
                    orderLocations();
                })
                .start();
    }

    // ---- jobs ---------------------------------------------------------------------------------------------

    /** Loads the next page of jobs, if there is one and none is loading: the list was scrolled to its end. */
    public void loadMoreJobs() {
        jobList.loadMore();
    }

    /** Retries the page that failed to load. */
    public void retryJobs() {
        jobList.retry();
    }

    /** How a job reads in the picker: department, status and code beside the title. */
    public String describe(Job value) {
        return jobList.describe(value);
    }

    private void jobChanged(Job old, Job now) {
        if (old != null && now != null && Objects.equals(old.id(), now.id())) {
            return;
        }
        refreshPostings(null);
        loadStages(now);
    }

    // ---- postings and locations ---------------------------------------------------------------------------

    private void loadPostings() {
        postingStatus.set(messages.get("job.postings.loading"));
        executor.wrap(() -> ats.jobPostings(100).all())
                .onSuccess(found -> {
                    allPostings = List.copyOf(found);
                    JobPosting kept = posting.get();
                    refreshPostings(kept == null ? null : kept.id());
                })
                .onFailure(error -> postingStatus.set(messages.get("job.postings.failed",
                        explainer.explain(error).oneLine())))
                .start();
    }

    private void refreshPostings(String keepId) {
        Job current = job.get();
        if (current == null) {
            postings.clear();
            posting.set(null);
            postingStatus.set(null);
            return;
        }
        if (allPostings == null) {
            return;
        }
        postings.setAll(allPostings.stream().filter(p -> current.id().equals(p.jobId())).toList());
        JobPosting pick = postings.stream().filter(p -> p.id().equals(keepId)).findFirst()
                .orElse(postings.size() == 1 ? postings.getFirst() : null);
        posting.set(pick);
        postingStatus.set(postings.isEmpty() ? messages.get("job.postings.none") : null);
    }

    private void orderLocations() {
        JobPosting chosenPosting = posting.get();
        Job chosenJob = job.get();
        Set<String> first = new LinkedHashSet<>();
        List<Location> ordered = new ArrayList<>();
        if (chosenPosting != null && chosenPosting.locations() != null) {
            for (JobPosting.PostingLocation pl : chosenPosting.locations()) {
                Location known = allLocations.stream().filter(l -> l.id().equals(pl.id())).findFirst()
                        .orElse(new Location(pl.id(), pl.remoteId(), pl.name()));
                if (first.add(known.id())) {
                    ordered.add(known);
                }
            }
        }
        postingLocationIds.clear();
        postingLocationIds.addAll(first);
        if (chosenJob != null && chosenJob.locationIds() != null) {
            for (String id : chosenJob.locationIds()) {
                allLocations.stream().filter(l -> l.id().equals(id) && !first.contains(id)).findFirst()
                        .ifPresent(l -> {
                            first.add(l.id());
                            ordered.add(l);
                        });
            }
        }
        allLocations.stream().filter(l -> !first.contains(l.id()))
                .sorted(Comparator.comparing(l -> l.name() == null ? "" : l.name(), String.CASE_INSENSITIVE_ORDER))
                .forEach(ordered::add);
        Location selected = location.get();
        locations.setAll(ordered);
        if (selected != null && ordered.stream().anyMatch(l -> l.id().equals(selected.id()))) {
            location.set(ordered.stream().filter(l -> l.id().equals(selected.id())).findFirst().orElseThrow());
        } else if (!postingLocationIds.isEmpty()) {
            location.set(ordered.getFirst());
        } else if (defaults.locationId() != null) {
            location.set(ordered.stream().filter(l -> l.id().equals(defaults.locationId())).findFirst().orElse(null));
        } else {
            location.set(null);
        }
    }

    // ---- source and status --------------------------------------------------------------------------------

    private void refreshSourceSuggestions() {
        Set<String> all = new LinkedHashSet<>();
        if (defaults.sourceName() != null) {
            all.add(defaults.sourceName());
        }
        all.addAll(recentSources.list());
        all.addAll(Arrays.asList(messages.get("source.common").split("\\|")));
        String typed = JobIndex.fold(sourceName.get()).strip();
        Set<String> seen = new java.util.HashSet<>();
        List<String> matching = all.stream()
                .filter(s -> seen.add(s.toLowerCase(Locale.ROOT)))
                .filter(s -> typed.isEmpty() || JobIndex.fold(s).contains(typed))
                .filter(s -> !s.equalsIgnoreCase(sourceName.get().strip()))
                .toList();
        sourceSuggestions.setAll(matching);
    }

    private void loadStages(Job chosen) {
        if (runningStages != null) {
            runningStages.cancel();
        }
        stageSuggestions.clear();
        if (chosen == null) {
            return;
        }
        runningStages = executor.wrap(() -> ats.applicationStages(chosen.id(), 50).all())
                .onSuccess(stages -> stageSuggestions.setAll(stages.stream()
                        .sorted(Comparator.comparing(s -> s.order() == null ? Double.MAX_VALUE : s.order()))
                        .map(ApplicationStage::name).filter(Objects::nonNull).toList()))
                .start();
    }

    /** The readable words for a status value ("background_check" → "Background check"). */
    public String statusLabel(String value) {
        if (value == null) {
            return messages.get("status.none");
        }
        String fallback = value.replace('_', ' ');
        return messages.getOr("status." + value, fallback.substring(0, 1).toUpperCase(Locale.ROOT)
                + fallback.substring(1));
    }

    // ---- request --------------------------------------------------------------------------------------------

    public CreateApplicationRequest.SourceRef source() {
        String typed = Rules.trimToNull(sourceName.get());
        if (typed == null) {
            return null;
        }
        String id = defaults.sourceId() != null && typed.equalsIgnoreCase(defaults.sourceName())
                ? defaults.sourceId() : null;
        return new CreateApplicationRequest.SourceRef(id, typed);
    }

    public CodedValue applicationStatusValue() {
        String value = applicationStatus.get();
        String sourceValue = Rules.trimToNull(statusSourceValue.get());
        if (value == null && sourceValue == null) {
            return null;
        }
        return new CodedValue(value, sourceValue == null ? null : TextNode.valueOf(sourceValue));
    }

    public Map<String, Object> passthroughValue() {
        return Texts.jsonObject(passthrough.get());
    }

    /** Called once an application was handed over, so its source is suggested first next time. */
    public void rememberSource() {
        recentSources.remember(sourceName.get());
        refreshSourceSuggestions();
    }

    /** "Same candidate, another job": the job choice starts over; source and status stay. */
    public void clearJob() {
        job.reset(null);
        jobQuery.set("");
    }

    @Override
    public Optional<Field<?>> fieldAt(String path) {
        return Optional.ofNullable(switch (path) {
            case "job_id" -> job;
            case "job_posting_id" -> posting;
            case "location_id" -> location;
            case "source", "source.name", "source.id" -> sourceName;
            case "application_status", "application_status.value" -> applicationStatus;
            case "application_status.source_value" -> statusSourceValue;
            case "passthrough" -> passthrough;
            default -> null;
        });
    }

    /** The step's choices, for a draft. Records are kept whole so a draft restores without the ATS. */
    public record State(String jobFilter, String jobQuery, Job job, JobPosting posting, Location location,
            String sourceName, String applicationStatus, String statusSourceValue, String passthrough) {
    }

    public State state() {
        return new State(jobFilter.get(), jobQuery.get(), job.get(), posting.get(), location.get(), sourceName.get(),
                applicationStatus.get(), statusSourceValue.get(), passthrough.get());
    }

    public void restore(State state) {
        if (!Objects.equals(jobFilter.get(), state.jobFilter())) {
            jobFilter.set(state.jobFilter());
        }
        jobQuery.set(state.jobQuery() == null ? "" : state.jobQuery());
        job.set(state.job());
        if (state.posting() != null) {
            if (allPostings == null) {
                postings.setAll(state.posting());
            }
            refreshPostings(state.posting().id());
            if (allPostings == null) {
                posting.set(state.posting());
            }
        }
        if (state.location() != null) {
            location.set(state.location());
            orderLocations();
        }
        sourceName.set(state.sourceName() == null ? "" : state.sourceName());
        applicationStatus.set(state.applicationStatus());
        statusSourceValue.set(state.statusSourceValue() == null ? "" : state.statusSourceValue());
        passthrough.set(state.passthrough() == null ? "" : state.passthrough());
    }

    // ---- properties ---------------------------------------------------------------------------------------

    @Override
    public FieldGroup fields() {
        return fields;
    }

    @Override
    public ReadOnlyLongProperty revisionProperty() {
        return changes.revisionProperty();
    }

    public StringProperty jobQueryProperty() {
        return jobQuery;
    }

    public ObservableList<Job> jobMatches() {
        return jobList.matches();
    }

    public ObjectProperty<String> jobFilterProperty() {
        return jobFilter;
    }

    public String jobFilterLabel(String filter) {
        return messages.get(filter == null ? "job.filter.all" : "job.filter." + filter);
    }

    public Field<Job> job() {
        return job;
    }

    public ReadOnlyStringProperty jobListStatusProperty() {
        return jobList.statusProperty();
    }

    public ReadOnlyBooleanProperty loadingJobsProperty() {
        return jobList.loadingProperty();
    }

    public ReadOnlyBooleanProperty moreJobsProperty() {
        return jobList.moreProperty();
    }

    public ReadOnlyBooleanProperty jobLoadFailedProperty() {
        return jobList.failedProperty();
    }

    public int loadedJobCount() {
        return jobList.loadedCount();
    }

    public ObservableList<JobPosting> postings() {
        return postings;
    }

    public Field<JobPosting> posting() {
        return posting;
    }

    public ReadOnlyStringProperty postingStatusProperty() {
        return postingStatus.getReadOnlyProperty();
    }

    public ObservableList<Location> locations() {
        return locations;
    }

    /** Ids of the chosen posting's locations, which the picker lists first and marks. */
    public ObservableSet<String> postingLocationIds() {
        return postingLocationIds;
    }

    public Field<Location> location() {
        return location;
    }

    public Field<String> sourceName() {
        return sourceName;
    }

    public ObservableList<String> sourceSuggestions() {
        return sourceSuggestions;
    }

    public Field<String> applicationStatus() {
        return applicationStatus;
    }

    public Field<String> statusSourceValue() {
        return statusSourceValue;
    }

    public ObservableList<String> stageSuggestions() {
        return stageSuggestions;
    }

    public Field<String> passthrough() {
        return passthrough;
    }
}
