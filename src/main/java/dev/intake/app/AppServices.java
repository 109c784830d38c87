package dev.intake.app;

import dev.intake.accounts.Profile;
import dev.intake.ats.Ats;
import dev.intake.common.TaskExecutor;
import dev.intake.outbox.Outbox;
import dev.intake.store.DraftStore;
import java.util.Objects;
import java.util.Optional;

/**
 * What the main window needs to run: the ATS of the current profile, the outbox, drafts, and the executor; and, in
 * the installed application, the {@link Workspace} behind them (profiles, history, settings), which adds the profile
 * switcher, the history tab, the status bar and the menu.
 */
public record AppServices(Ats ats, Outbox outbox, DraftStore drafts, Profile profile, TaskExecutor executor,
        Workspace workspace) {
    public AppServices {
        Objects.requireNonNull(ats, "ats");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(drafts, "drafts");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(executor, "executor");
    }

    /** Services for the wizard alone (tests on in-memory fakes). */
    public AppServices(Ats ats, Outbox outbox, DraftStore drafts, Profile profile, TaskExecutor executor) {
        this(ats, outbox, drafts, profile, executor, null);
    }

    public Optional<Workspace> optionalWorkspace() {
        return Optional.ofNullable(workspace);
    }
}
