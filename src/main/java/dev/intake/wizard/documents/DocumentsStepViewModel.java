package dev.intake.wizard.documents;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.Ats;
import dev.intake.ats.CodedValue;
import dev.intake.ats.CreateApplicationRequest.DocumentUpload;
import dev.intake.ats.DocumentCategory;
import dev.intake.common.TaskExecutor;
import dev.intake.form.ChangeTracker;
import dev.intake.form.ErrorExplainer;
import dev.intake.form.Field;
import dev.intake.form.FieldGroup;
import dev.intake.form.FileLoader;
import dev.intake.form.LoadedFile;
import dev.intake.form.Messages;
import dev.intake.form.Texts;
import dev.intake.wizard.step.StepViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 4: files sent with the application. Files are read in the background (never on the UI thread); a file
 * over the size limit is refused with its size and the limit; the first file is filed as a resume when the
 * account has such a category.
 */
public final class DocumentsStepViewModel implements StepViewModel {
    /** The spec's upload category values; a category whose name matches one is sent with it. */
    private static final Set<String> CATEGORY_VALUES = Set.of("resume", "avatar", "cover_letter", "profile_picture",
            "policy", "passport", "assessment", "interview_attachment", "take_home_test", "offer_letter",
            "signed_offer_letter", "national_id", "offer_packet", "other");
    private static final Pattern INDEXED = Pattern.compile("^documents\\[(\\d+)]");

    private final Ats ats;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ErrorExplainer explainer;
    private final ChangeTracker changes = new ChangeTracker();
    private final FieldGroup fields = new FieldGroup();
    private final FieldGroup documentFields = new FieldGroup();
    private final Field<Integer> reading = new Field<>("documents", 0);

    private final ObservableList<DocumentRow> documents = FXCollections.observableArrayList();
    private final ObservableList<DocumentCategory> categories = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper categoriesStatus = new ReadOnlyStringWrapper(this, "categoriesStatus");
    private final ObservableList<String> problems = FXCollections.observableArrayList();

    public DocumentsStepViewModel(Ats ats, TaskExecutor executor, Messages messages) {
        this.ats = Objects.requireNonNull(ats);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.explainer = new ErrorExplainer(messages);
        reading.rule(count -> count > 0 ? messages.get("documents.stillReading") : null);
        fields.add(documentFields);
        fields.add(reading);
        changes.watch(documents);
    }

    /** Loads the account's application document categories in the background. */
    public void loadCategories() {
        categoriesStatus.set(messages.get("documents.categories.loading"));
        executor.wrap(() -> ats.documentCategories(100).all())
                .onSuccess(found -> {
                    categories.setAll(found.stream().filter(DocumentsStepViewModel::isActive).toList());
                    categoriesStatus.set(null);
                    if (!documents.isEmpty() && documents.stream().noneMatch(this::isResume)
                            && documents.getFirst().category().get() == null) {
                        resumeCategory().ifPresent(documents.getFirst().category()::set);
                    }
                })
                .onFailure(error -> categoriesStatus.set(messages.get("documents.categories.failed",
                        explainer.explain(error).oneLine())))
                .start();
    }

    private static boolean isActive(DocumentCategory category) {
        JsonNode active = category.active();
        return active == null || active.isNull() || active.asBoolean(true) && !"false".equalsIgnoreCase(active.asText());
    }

    private Optional<DocumentCategory> resumeCategory() {
        return categories.stream().filter(c -> {
            String name = Texts.fold(c.name());
            return name.equals("resume") || name.contains("resume") || name.equals("cv");
        }).findFirst();
    }

    private boolean isResume(DocumentRow row) {
        DocumentCategory category = row.category().get();
        return category != null && resumeCategory().map(r -> r.id().equals(category.id())).orElse(false);
    }

    /** Adds files from the chooser or a drop; each is read in the background. */
    public void addFiles(List<Path> paths) {
        problems.clear();
        for (Path path : paths) {
            reading.set(reading.get() + 1);
            executor.wrap(() -> FileLoader.load(path))
                    .onSuccess(file -> {
                        reading.set(reading.get() - 1);
                        add(file, null);
                    })
                    .onFailure(error -> {
                        reading.set(reading.get() - 1);
                        problems.add(FileLoader.explain(messages, path, error));
                    })
                    .start();
        }
    }

    private DocumentRow add(LoadedFile file, String categoryId) {
        DocumentRow row = new DocumentRow(file);
        if (categoryId != null) {
            row.category().set(categories.stream().filter(c -> c.id().equals(categoryId)).findFirst()
                    .orElse(new DocumentCategory(categoryId, null, categoryId, null)));
        } else if (documents.stream().noneMatch(this::isResume)) {
            resumeCategory().ifPresent(row.category()::set);
        }
        documents.add(row);
        documentFields.add(row.category());
        changes.watch(row.category().valueProperty());
        return row;
    }

    public void remove(DocumentRow row) {
        documents.remove(row);
        documentFields.remove(row.category());
        changes.unwatch(row.category().valueProperty());
    }

    public void clear() {
        List.copyOf(documents).forEach(this::remove);
        problems.clear();
    }

    public List<DocumentUpload> uploads() {
        return documents.stream().map(row -> {
            DocumentCategory category = row.category().get();
            String value = category == null ? null : Texts.fold(category.name()).strip().replace(' ', '_');
            return new DocumentUpload(row.name(), row.fileFormat(), row.file().base64(),
                    category == null ? null : category.id(), null, null,
                    value != null && CATEGORY_VALUES.contains(value) ? CodedValue.of(value) : null);
        }).toList();
    }

    @Override
    public Optional<Field<?>> fieldAt(String path) {
        Matcher indexed = INDEXED.matcher(path);
        if (indexed.find()) {
            int index = Integer.parseInt(indexed.group(1));
            return index < documents.size() ? Optional.of(documents.get(index).category()) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A document in a draft, content included so nothing has to be picked again. */
    public record DocumentState(String name, long size, String categoryId, String base64) {
        @Override
        public String toString() {
            return "DocumentState[name=" + name + ", size=" + size + ", categoryId=" + categoryId + "]";
        }
    }

    public List<DocumentState> state() {
        return documents.stream().map(row -> new DocumentState(row.name(), row.file().size(),
                row.category().get() == null ? null : row.category().get().id(), row.file().base64())).toList();
    }

    public void restore(List<DocumentState> state) {
        clear();
        if (state != null) {
            state.forEach(d -> add(new LoadedFile(d.name(), d.size(), d.base64()), d.categoryId()));
        }
    }

    @Override
    public FieldGroup fields() {
        return fields;
    }

    @Override
    public ReadOnlyLongProperty revisionProperty() {
        return changes.revisionProperty();
    }

    public ObservableList<DocumentRow> documents() {
        return documents;
    }

    public ObservableList<DocumentCategory> categories() {
        return categories;
    }

    public ReadOnlyStringProperty categoriesStatusProperty() {
        return categoriesStatus.getReadOnlyProperty();
    }

    /** Files that could not be attached, each with the reason and what to do. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** How many files are being read; Next waits for them. */
    public Field<Integer> reading() {
        return reading;
    }
}
