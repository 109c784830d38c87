package dev.intake.outbox;

/** The process dies at this point: thrown by the fake ATS, caught only by the test that rebuilds the outbox. */
final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    SimulatedCrash(String where) {
        super("simulated crash " + where);
    }
}
