package dev.intake.outbox;

import dev.intake.store.OpenResult;

/** What a windowless command says when the data folder cannot be opened, naming the folder and the fix. */
public final class DataFolderProblems {
    private DataFolderProblems() {
    }

    /** {@code lockedText}: the command's own words for another Intake holding the folder. */
    public static String describe(OpenResult result, String lockedText) {
        return switch (result) {
            case OpenResult.Locked locked -> lockedText;
            case OpenResult.ReadOnly readOnly -> OutboxText.get("outbox.cli.readOnly", readOnly.location(),
                    readOnly.detail());
            case OpenResult.NewerVersion newer -> OutboxText.get("outbox.cli.newerVersion", newer.file(),
                    newer.fileVersion(), newer.supportedVersion());
            case OpenResult.Failed failed -> OutboxText.get("outbox.cli.failed", failed.location(), failed.detail());
            case OpenResult.Opened opened -> throw new IllegalArgumentException("opened");
        };
    }
}
