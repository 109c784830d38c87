package dev.intake.wizard;

import dev.intake.form.Field;
import dev.intake.wizard.step.ApplicationSummary;
import dev.intake.wizard.step.StepViewModel;
import dev.intake.wizard.step.WizardPage;
import dev.intake.wizard.step.WizardStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Moving through a list of steps: which page is shown, whether Next may leave it, pages passed by while they have
 * nothing to do, and jumps back from the review to edit. It knows the steps only through {@link WizardPage}.
 */
final class StepFlow {
    private final List<WizardPage> pages;
    private final ObservableBooleanValue busy;
    private final Supplier<ApplicationSummary> summary;
    private final ReadOnlyObjectWrapper<WizardStep> currentStep;
    private final ReadOnlyIntegerWrapper pageIndex;
    private final ReadOnlyBooleanWrapper canGoNext;
    private final ReadOnlyBooleanWrapper canGoBack;
    private final ReadOnlyBooleanWrapper editingFromReview;
    private final ReadOnlyObjectWrapper<Field<?>> focusRequest;

    /**
     * @param busy true while a submission is under way: the pages stay where they are
     * @param summary the application as the review shows it, read when a page is about to be shown
     */
    StepFlow(Object bean, List<WizardPage> pages, ObservableBooleanValue busy, Supplier<ApplicationSummary> summary) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("A wizard needs at least one step");
        }
        this.pages = List.copyOf(pages);
        this.busy = busy;
        this.summary = summary;
        this.currentStep = new ReadOnlyObjectWrapper<>(bean, "currentStep", this.pages.getFirst().step());
        this.pageIndex = new ReadOnlyIntegerWrapper(bean, "pageIndex");
        this.canGoNext = new ReadOnlyBooleanWrapper(bean, "canGoNext");
        this.canGoBack = new ReadOnlyBooleanWrapper(bean, "canGoBack");
        this.editingFromReview = new ReadOnlyBooleanWrapper(bean, "editingFromReview");
        this.focusRequest = new ReadOnlyObjectWrapper<>(bean, "focusRequest");

        pageIndex.bind(Bindings.createIntegerBinding(() -> index(currentStep.get()), currentStep));
        List<Observable> nextDependsOn = new ArrayList<>(List.of(currentStep, busy));
        forms().forEach(form -> nextDependsOn.add(form.validProperty()));
        canGoNext.bind(Bindings.createBooleanBinding(() -> {
            Optional<StepViewModel> form = form(currentStep.get());
            return form.isPresent() && form.get().validProperty().get() && !busy.get();
        }, nextDependsOn.toArray(Observable[]::new)));
        canGoBack.bind(Bindings.createBooleanBinding(() -> index(currentStep.get()) > 0
                && !WizardStep.RESULT.equals(currentStep.get()) && !busy.get(), currentStep, busy));
        for (WizardPage page : this.pages) {
            page.skipped().addListener((obs, was, now) -> {
                if (now && page.step().equals(currentStep.get())) {
                    currentStep.set(notSkipped(index(page.step()), 1));
                }
            });
        }
    }

    List<WizardPage> pages() {
        return pages;
    }

    /** The fields of every page that has some, in the order of the list. */
    List<StepViewModel> forms() {
        return pages.stream().flatMap(page -> page.form().stream()).toList();
    }

    Optional<StepViewModel> form(WizardStep step) {
        return page(step).flatMap(WizardPage::form);
    }

    Optional<WizardPage> page(WizardStep step) {
        return pages.stream().filter(page -> page.step().equals(step)).findFirst();
    }

    private int index(WizardStep step) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).step().equals(step)) {
                return i;
            }
        }
        return -1;
    }

    /** A page with nothing to do: the questionnaire without a posting or without questions. */
    boolean isSkipped(WizardStep step) {
        return page(step).map(page -> page.skipped().get()).orElse(false);
    }

    /** The first page from {@code index} on, in {@code direction}, that is not passed by. */
    private WizardStep notSkipped(int index, int direction) {
        int i = index;
        while (i + direction >= 0 && i + direction < pages.size() && pages.get(i).skipped().get()) {
            i += direction;
        }
        return pages.get(i).step();
    }

    /** Next: goes on when the page is valid; otherwise shows its problems and focuses the first. */
    boolean next() {
        Optional<StepViewModel> form = form(currentStep.get());
        int index = index(currentStep.get());
        if (form.isEmpty() || busy.get() || index + 1 >= pages.size()) {
            return false;
        }
        if (!form.get().validProperty().get()) {
            revealProblems(form.get());
            return false;
        }
        show(notSkipped(index + 1, 1));
        return true;
    }

    void back() {
        if (canGoBack.get()) {
            show(notSkipped(index(currentStep.get()) - 1, -1));
        }
    }

    /** "Edit" on the review: jumps to a page, which then offers to return to the review directly. */
    void edit(WizardStep step) {
        if (WizardStep.REVIEW.equals(currentStep.get())) {
            editingFromReview.set(true);
        }
        show(step);
    }

    /** Back to the review after an edit, if the edited page is valid. */
    boolean returnToReview() {
        Optional<StepViewModel> form = form(currentStep.get());
        if (form.isPresent() && !form.get().validProperty().get()) {
            revealProblems(form.get());
            return false;
        }
        show(WizardStep.REVIEW);
        return true;
    }

    /** Shows a page restored from a draft: never the result, and never one passed by. */
    void restore(WizardStep step) {
        int index = step == null || WizardStep.RESULT.equals(step) ? -1 : index(step);
        show(notSkipped(Math.max(index, 0), 1));
    }

    /** Shows {@code step}, read afresh (the review), with its first field focused. */
    void show(WizardStep step) {
        if (WizardStep.REVIEW.equals(step)) {
            editingFromReview.set(false);
        }
        page(step).ifPresent(page -> page.showing(summary));
        currentStep.set(step);
        focusFirst();
    }

    /** Shows {@code step} as it is, without reading it again or moving the focus. */
    void set(WizardStep step) {
        currentStep.set(step);
    }

    /** Shows the page with its problems and focuses the first (after a Submit that found one). */
    void showProblems(WizardStep step, StepViewModel form) {
        editingFromReview.set(true);
        currentStep.set(step);
        revealProblems(form);
    }

    private void revealProblems(StepViewModel form) {
        form.fields().revealAll();
        form.fields().firstInvalid().ifPresent(this::requestFocus);
    }

    void setEditingFromReview(boolean editing) {
        editingFromReview.set(editing);
    }

    void focusFirst() {
        form(currentStep.get()).flatMap(form -> form.fields().activeFields().stream().findFirst())
                .ifPresent(this::requestFocus);
    }

    void requestFocus(Field<?> field) {
        focusRequest.set(null);
        focusRequest.set(field);
    }

    WizardStep currentStep() {
        return currentStep.get();
    }

    ReadOnlyObjectProperty<WizardStep> currentStepProperty() {
        return currentStep.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty editingFromReviewProperty() {
        return editingFromReview.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Field<?>> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }
}
