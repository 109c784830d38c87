package dev.intake.importing;

import dev.intake.accounts.ManagedOptions;
import dev.intake.config.FolderOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The command line of {@code intake --import}: the file and how to read it, what applies to rows that do not say
 * it, and the options of the whole app that apply to it (the data folder and which account to use).
 */
@Command(name = "intake", sortOptions = false, customSynopsis = "", synopsisHeading = "")
final class ImportOptions {
    @Option(names = ImportCommand.IMPORT, paramLabel = "FILE", descriptionKey = "import.cli.option.import")
    String file;

    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "import.cli.option.sheet")
    String sheet;

    @Option(names = "--mapping", paramLabel = "FILE", descriptionKey = "import.cli.option.mapping")
    String mapping;

    @Option(names = "--job", paramLabel = "JOB", descriptionKey = "import.cli.option.job")
    String job;

    @Option(names = "--source", paramLabel = "NAME", descriptionKey = "import.cli.option.source")
    String source;

    @Option(names = "--dry-run", descriptionKey = "import.cli.option.dry-run")
    boolean dryRun;

    @Mixin
    FolderOptions folders;

    @Mixin
    ManagedOptions managed;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "mixinStandardHelpOptions.help")
    boolean help;
}
