package dev.intake.wizard.candidate;

import dev.intake.ats.Ats;
import dev.intake.ats.AtsHttpException;
import dev.intake.ats.Candidate;
import dev.intake.common.BackgroundTask;
import dev.intake.common.TaskExecutor;
import dev.intake.form.ErrorExplainer;
import dev.intake.form.Messages;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Finding an existing candidate in the ATS from what was typed: an email ({@code filter[email]}) or, without an
 * {@code @}, a candidate id; what was found, and a line saying how the search went.
 */
final class CandidateLookup {
    private final Ats ats;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ErrorExplainer explainer;
    private final ObservableList<Candidate> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status;
    private final ReadOnlyBooleanWrapper searching;
    private BackgroundTask<List<Candidate>> running;

    CandidateLookup(Object bean, Ats ats, TaskExecutor executor, Messages messages, ErrorExplainer explainer) {
        this.ats = ats;
        this.executor = executor;
        this.messages = messages;
        this.explainer = explainer;
        this.status = new ReadOnlyStringWrapper(bean, "lookupStatus");
        this.searching = new ReadOnlyBooleanWrapper(bean, "searching");
    }

    /** Searches for {@code typed}; a single match is handed to {@code chooseOnly}. */
    void search(String typed, Consumer<Candidate> chooseOnly) {
        String query = typed.strip();
        if (query.isEmpty()) {
            status.set(messages.get("candidate.existing.typeSomething"));
            return;
        }
        cancel();
        boolean byEmail = query.contains("@");
        searching.set(true);
        status.set(messages.get("candidate.existing.searching"));
        running = executor.wrap(() -> byEmail
                        ? ats.candidatesByEmail(query, CandidateStepViewModel.PAGE_SIZE).fetch(null).data()
                        : List.of(ats.candidate(query)))
                .onSuccess(found -> {
                    searching.set(false);
                    results.setAll(found);
                    if (found.isEmpty()) {
                        status.set(messages.get("candidate.existing.noneByEmail", query));
                    } else {
                        status.set(messages.get("candidate.existing.found", found.size()));
                        if (found.size() == 1) {
                            chooseOnly.accept(found.getFirst());
                        }
                    }
                })
                .onFailure(error -> {
                    searching.set(false);
                    results.clear();
                    if (!byEmail && error instanceof AtsHttpException http && http.status() == 404) {
                        status.set(messages.get("candidate.existing.noneById", query));
                    } else {
                        status.set(explainer.explain(error).oneLine());
                    }
                })
                .start();
    }

    /** Stops a running search; its answer is not shown. */
    void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Shows {@code candidate} as the one found, with no status line. */
    void show(Candidate candidate) {
        results.setAll(candidate);
        status.set(null);
    }

    /** Nothing found, nothing said, nothing running. */
    void reset() {
        results.clear();
        status.set(null);
        searching.set(false);
    }

    ObservableList<Candidate> results() {
        return results;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }
}
