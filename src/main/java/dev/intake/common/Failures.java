package dev.intake.common;

/** How a failure is named to a person when nothing more specific is known: its message, else its kind. */
public final class Failures {
    private Failures() {
    }

    public static String reason(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
