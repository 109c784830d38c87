package dev.intake.config;

import dev.intake.store.DataDirectory;
import picocli.CommandLine.Option;

/**
 * Where Intake keeps its data and its configuration, as every command line declares them (a picocli mixin), so each
 * lists them in its help the same way. The values are read where they are used: {@link DataDirectory#resolve} and
 * {@link ConfigDirectory}, which also see them before any parser runs.
 */
public final class FolderOptions {
    @Option(names = DataDirectory.OPTION, paramLabel = "DIR", descriptionKey = "launch.option.data-dir")
    String dataDirectory;

    @Option(names = ConfigDirectory.OPTION, paramLabel = "DIR", descriptionKey = "launch.option.config-dir")
    String configDirectory;
}
