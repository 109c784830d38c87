package dev.intake.app;

import dev.intake.accounts.ManagedOptions;
import dev.intake.common.AppVersion;
import dev.intake.config.FolderOptions;
import dev.intake.cli.OutboxCommand;
import dev.intake.fair.FairLaunch;
import dev.intake.importing.ImportCommand;
import dev.intake.sandbox.SandboxCommand;
import dev.intake.startup.SmokeTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The whole command line, {@code intake}: the window's options and, listed for the help, the commands that run
 * without a window (each is run by its own feature, with its own {@code --help}, before the window's line is read).
 * A new option of the window is one annotated field here; its value is read where it belongs.
 */
@Command(name = "intake", mixinStandardHelpOptions = true, versionProvider = IntakeCommand.Version.class,
        sortOptions = false, abbreviateSynopsis = true)
final class IntakeCommand {
    @Mixin
    FolderOptions folders;

    @Mixin
    ManagedOptions managed;

    @Option(names = SmokeTest.OPTION, descriptionKey = "launch.option.smoke-test")
    boolean smokeTest;

    @Option(names = OutboxCommand.SUBMIT, paramLabel = "FILE|-", descriptionKey = "launch.command.submit")
    String submit;

    @Option(names = OutboxCommand.LIST, descriptionKey = "launch.command.outbox")
    boolean outbox;

    @Option(names = OutboxCommand.DRAIN, descriptionKey = "launch.command.drain")
    boolean drain;

    @Option(names = OutboxCommand.RESEND_UNCONFIRMED, descriptionKey = "launch.command.resendUnconfirmed")
    boolean resendUnconfirmed;

    @Option(names = FairLaunch.EVENT, paramLabel = "NAME", descriptionKey = "launch.option.event")
    String event;

    @Option(names = FairLaunch.KIOSK, descriptionKey = "launch.option.kiosk")
    boolean kiosk;

    @Option(names = ImportCommand.IMPORT, paramLabel = "FILE", descriptionKey = "launch.command.import")
    String importFile;

    @Option(names = SandboxCommand.FLAG, descriptionKey = "launch.command.sandbox")
    boolean sandboxOnly;

    /** {@code intake --version}: the one version number. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Intake " + AppVersion.current()};
        }
    }
}
