package dev.intake.accounts;

import dev.intake.ats.AtsConnection;

/**
 * One cheap authenticated call (the first item of a list endpoint) that proves key, account and network work.
 * Blocking; call it off the UI thread.
 */
@FunctionalInterface
public interface ConnectionProbe {
    /** Returns when the account answered; otherwise throws {@link dev.intake.ats.AtsException}. */
    void check(AtsConnection connection);
}
