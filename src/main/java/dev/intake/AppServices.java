package dev.intake;

import dev.intake.accounts.Profile;
import dev.intake.ats.Ats;
import dev.intake.common.TaskExecutor;
import dev.intake.outbox.Outbox;
import dev.intake.store.DraftStore;
import java.util.Objects;

/** What the main window needs to run: the ATS of the current profile, the outbox, drafts, and the executor. */
public record AppServices(Ats ats, Outbox outbox, DraftStore drafts, Profile profile, TaskExecutor executor) {
    public AppServices {
        Objects.requireNonNull(ats, "ats");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(drafts, "drafts");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(executor, "executor");
    }
}
