package dev.intake.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.intake.ats.Json;
import dev.intake.common.BackgroundTask;
import dev.intake.common.TaskExecutor;
import dev.intake.store.FollowUp;
import dev.intake.store.HistoryEntry;
import dev.intake.store.Submission;
import dev.intake.store.SubmissionStore;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The selected submission in full, read in the background: the stored record, its request and the ATS's
 * response as indented JSON to read, and where each part stands when more than the application goes to the ATS
 * (the application, its follow-up note, each document), one a line.
 */
final class HistoryDetails {
    private static final String IMPORT_PREFIX = "import:";
    private static final String EVENT_PREFIX = "event:";
    private final SubmissionStore store;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<Submission> details;
    private final ReadOnlyStringWrapper requestJson;
    private final ReadOnlyStringWrapper responseJson;
    private final ReadOnlyStringWrapper parts;
    private final ResourceBundle messages;
    private BackgroundTask<?> task;

    HistoryDetails(Object bean, SubmissionStore store, TaskExecutor executor, ResourceBundle messages) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.parts = new ReadOnlyStringWrapper(bean, "parts", "");
        this.details = new ReadOnlyObjectWrapper<>(bean, "details");
        this.requestJson = new ReadOnlyStringWrapper(bean, "requestJson", "");
        this.responseJson = new ReadOnlyStringWrapper(bean, "responseJson", "");
    }

    /** Reads {@code entry} in full and shows it; null shows nothing. A read still running for another is dropped. */
    void load(HistoryEntry entry, Consumer<Throwable> failed) {
        cancel();
        if (entry == null) {
            details.set(null);
            requestJson.set("");
            responseJson.set("");
            parts.set("");
            return;
        }
        task = executor.wrap(() -> store.get(entry.localId()).orElse(null)).onSuccess(submission -> {
            details.set(submission);
            requestJson.set(submission == null ? "" : pretty(Json.mapper().valueToTree(submission.request())));
            responseJson.set(submission == null || submission.responseJson() == null ? ""
                    : prettyText(submission.responseJson()));
            parts.set(submission == null ? "" : parts(submission));
        }).onFailure(failed::accept).start();
    }

    /** Drops a read in progress. */
    void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** One line per part; empty when only the application goes to the ATS (its state shows in the list). */
    private String parts(Submission s) {
        if (s.note() == null && s.documents().isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add(format("history.part.application", messages.getString("history.state." + s.state().name())));
        if (s.note() != null) {
            lines.add(format("history.part.note", part(s.note())));
        }
        for (FollowUp document : s.documents()) {
            lines.add(format("history.part.document", document.label(), part(document)));
        }
        return String.join("\n", lines);
    }

    private String part(FollowUp part) {
        String state = messages.getString("history.part." + part.state().name());
        if (part.errorMessage() == null && part.errorStatus() == null) {
            return state;
        }
        String error = part.errorStatus() == null ? part.errorMessage()
                : part.errorMessage() == null ? "HTTP " + part.errorStatus()
                : "HTTP " + part.errorStatus() + ": " + part.errorMessage();
        return format("history.part.withError", state, error);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(messages.getString(key), messages.getLocale()).format(args);
    }

    private static String pretty(Object tree) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            return String.valueOf(tree);
        }
    }

    private static String prettyText(String json) {
        try {
            return pretty(Json.mapper().readTree(json));
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    /**
     * How the submission came, for the details: "Imported from leads.csv" for an import (so an import's rows can be
     * told apart and followed after a restart), the origin as stored for other ways in, "" for the wizard.
     */
    static String originText(Submission submission, ResourceBundle messages) {
        if (submission == null || submission.origin() == null || submission.origin().isBlank()) {
            return "";
        }
        String origin = submission.origin();
        boolean imported = origin.startsWith(IMPORT_PREFIX);
        return new MessageFormat(messages.getString(imported ? "history.origin.import" : "history.origin.other"),
                messages.getLocale()).format(new Object[] {imported ? origin.substring(IMPORT_PREFIX.length())
                        : origin});
    }

    /** History's "From" column: an import's file name, "Hiring fair" for a booth capture, empty when typed. */
    static String fromColumnText(String origin, ResourceBundle messages) {
        if (origin == null || origin.isBlank()) {
            return "";
        }
        if (origin.startsWith(IMPORT_PREFIX)) {
            return origin.substring(IMPORT_PREFIX.length());
        }
        return origin.startsWith(EVENT_PREFIX) ? messages.getString("history.from.event") : origin;
    }

    ReadOnlyObjectProperty<Submission> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    ReadOnlyStringProperty requestJsonProperty() {
        return requestJson.getReadOnlyProperty();
    }

    ReadOnlyStringProperty partsProperty() {
        return parts.getReadOnlyProperty();
    }

    ReadOnlyStringProperty responseJsonProperty() {
        return responseJson.getReadOnlyProperty();
    }
}
