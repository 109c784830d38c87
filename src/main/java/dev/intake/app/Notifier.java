package dev.intake.app;

/**
 * Shows a short confirmation that goes away by itself and asks nothing: "Application created", "Saved to the
 * outbox". Never for a problem that needs a decision; those stay in the window (status bar, history) until handled.
 */
@FunctionalInterface
interface Notifier {
    void confirm(String title, String text);
}
