package dev.intake.cli;

import dev.intake.accounts.ManagedOptions;
import dev.intake.config.FolderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The command line of the commands without a window, {@code --submit}, {@code --outbox} and {@code --drain}, with
 * the options of the whole app that apply to them: the data folder and which account to use (read where they
 * belong).
 */
@Command(name = "intake", sortOptions = false, customSynopsis = "", synopsisHeading = "")
final class OutboxOptions {
    @Option(names = OutboxCommand.SUBMIT, paramLabel = "FILE|-", descriptionKey = "launch.command.submit")
    String submit;

    @Option(names = OutboxCommand.LIST, descriptionKey = "launch.command.outbox")
    boolean list;

    @Option(names = OutboxCommand.DRAIN, descriptionKey = "launch.command.drain")
    boolean drain;

    @Option(names = OutboxCommand.RESEND_UNCONFIRMED, descriptionKey = "launch.command.resendUnconfirmed")
    boolean resendUnconfirmed;

    @Mixin
    FolderOptions folders;

    @Mixin
    ManagedOptions managed;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "mixinStandardHelpOptions.help")
    boolean help;
}
