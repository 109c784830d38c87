package dev.intake.wizard.documents;

import dev.intake.ats.CreateApplicationRequest;
import dev.intake.form.Messages;
import dev.intake.wizard.step.ApplicationSummary;
import dev.intake.wizard.step.DraftPart;
import dev.intake.wizard.step.NextApplication;
import dev.intake.wizard.step.RequestParts;
import dev.intake.wizard.step.ReviewLines;
import dev.intake.wizard.step.StepContext;
import dev.intake.wizard.step.StepView;
import dev.intake.wizard.step.StepViewModel;
import dev.intake.wizard.step.WizardPage;
import dev.intake.wizard.step.WizardStep;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The documents step in a wizard's list: files with their categories. */
public final class DocumentsStep implements WizardPage {
    /** The key of this page's part of a draft. */
    public static final String DRAFT_KEY = "documents";

    private final DocumentsStepViewModel vm;
    private final Messages messages;

    public DocumentsStep(DocumentsStepViewModel vm, Messages messages) {
        this.vm = Objects.requireNonNull(vm);
        this.messages = Objects.requireNonNull(messages);
    }

    @Override
    public WizardStep step() {
        return WizardStep.DOCUMENTS;
    }

    @Override
    public Optional<StepViewModel> form() {
        return Optional.of(vm);
    }

    @Override
    public StepView view(StepContext context) {
        return new DocumentsStepController(vm, context.messages(), context.files());
    }

    @Override
    public void start() {
        vm.loadCategories();
    }

    @Override
    public void contribute(RequestParts parts) {
        parts.documents(vm.uploads());
    }

    @Override
    public List<ApplicationSummary.Line> reviewLines(CreateApplicationRequest request) {
        ReviewLines lines = new ReviewLines(messages);
        if (vm.documents().isEmpty()) {
            lines.line(messages.get("review.documents"), messages.get("review.noDocuments"));
        }
        for (DocumentRow row : vm.documents()) {
            String category = row.category().get() == null ? messages.get("documents.noCategory")
                    : row.category().get().name();
            lines.line(row.name(), row.readableSize() + " · " + category);
        }
        return lines.lines();
    }

    /** Files belong to one application: the next one starts without them. */
    @Override
    public boolean startNext(NextApplication next) {
        vm.clear();
        return false;
    }

    /** This page's part of a draft: the files with their contents and categories. */
    public record Documents(List<DocumentsStepViewModel.DocumentState> documents) {
    }

    @Override
    public Optional<DraftPart<?>> draft() {
        return Optional.of(new DraftPart<>(DRAFT_KEY, Documents.class, () -> new Documents(vm.state()),
                saved -> vm.restore(saved == null ? null : saved.documents())));
    }
}
