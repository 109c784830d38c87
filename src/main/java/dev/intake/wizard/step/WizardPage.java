package dev.intake.wizard.step;

import dev.intake.ats.CreateApplicationRequest;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * One entry of a wizard's list of steps: its name, the fields Next checks, its part of the request, its lines on
 * the review, and how its page is made. A wizard is built from a list of these; a step never knows the others.
 */
public interface WizardPage {
    WizardStep step();

    /** The fields Next checks before leaving the page; empty on pages without fields (review, result). */
    Optional<StepViewModel> form();

    /** Makes the page's controller; the wizard loads {@link WizardStep#viewName()} with it when first shown. */
    StepView view(StepContext context);

    /** True while the page has nothing to do (the questionnaire without questions): Next and Back pass it by. */
    default ObservableBooleanValue skipped() {
        return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
    }

    /** Whether the step indicator lists the page (the result is not a step the user works through). */
    default boolean listed() {
        return true;
    }

    /** Starts the background loads the page needs (jobs, custom fields, categories). */
    default void start() {
    }

    /** Called before the page is shown; the review reads the application from {@code summary} here. */
    default void showing(java.util.function.Supplier<ApplicationSummary> summary) {
    }

    /** Puts what the page holds into the request being built. */
    default void contribute(RequestParts parts) {
    }

    /** What the review shows for this page, given the request Submit would send. */
    default List<ApplicationSummary.Line> reviewLines(CreateApplicationRequest request) {
        return List.of();
    }

    /**
     * After a submission, the next application starts: the page clears what belongs to the last one. Returns
     * whether the page kept what it held (then the wizard opens on a later page).
     */
    default boolean startNext(NextApplication next) {
        return true;
    }

    /** The outbox holds the application: the page remembers what the next one may reuse (e.g. the source). */
    default void submitted() {
    }

    /** What the page keeps in a draft; empty for pages that keep nothing (review, result). */
    default Optional<DraftPart<?>> draft() {
        return Optional.empty();
    }
}
