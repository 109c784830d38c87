package dev.intake.wizard.fakes;

import dev.intake.accounts.Profile;

/** Profiles the wizard tests run with. */
public final class TestProfiles {
    /** The sandbox account with a default source and status, as a hiring fair would set it up. */
    public static final Profile SANDBOX = new Profile(Profile.SANDBOX_ID, "Sandbox", "http://127.0.0.1", "sandbox",
            true, new Profile.ProfileDefaults(null, "Job fair", null, "new", null));

    private TestProfiles() {
    }
}
