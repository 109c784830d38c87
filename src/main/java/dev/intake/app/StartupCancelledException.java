package dev.intake.app;

/** Start-up stopped on purpose: the user chose to quit, or was told why Intake cannot start. Not an error. */
public final class StartupCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartupCancelledException() {
        super("Start-up cancelled", null, false, false);
    }
}
