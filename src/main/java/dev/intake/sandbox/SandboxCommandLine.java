package dev.intake.sandbox;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The options of {@code intake --sandbox-only}, as picocli reads them and lists them in the help. Values are kept as
 * written: {@link SandboxCommand} checks each and says what it expects.
 */
@Command(name = "intake --sandbox-only", sortOptions = false, abbreviateSynopsis = true)
final class SandboxCommandLine {
    @Option(names = SandboxCommand.FLAG, descriptionKey = "launch.command.sandbox", hidden = true)
    boolean sandboxOnly;

    @Option(names = "--port", paramLabel = "N", descriptionKey = "sandbox.option.port")
    String port;

    @Option(names = "--jobs", paramLabel = "N", descriptionKey = "sandbox.option.jobs")
    String jobs;

    @Option(names = "--seed", paramLabel = "N", descriptionKey = "sandbox.option.seed")
    String seed;

    @Option(names = "--latency-ms", paramLabel = "N", descriptionKey = "sandbox.option.latency-ms")
    String latencyMs;

    @Option(names = "--latency-jitter-ms", paramLabel = "N", descriptionKey = "sandbox.option.latency-jitter-ms")
    String latencyJitterMs;

    @Option(names = "--rate-limit", paramLabel = "N[/S]", descriptionKey = "sandbox.option.rate-limit")
    String rateLimit;

    @Option(names = "--fail-next", paramLabel = "N:STATUS[:create]", descriptionKey = "sandbox.option.fail-next")
    String failNext;

    @Option(names = "--drop", paramLabel = "before-body|after-body[:N]", descriptionKey = "sandbox.option.drop")
    String drop;

    @Option(names = "--fail-after-create", paramLabel = "[N:]STATUS",
            descriptionKey = "sandbox.option.fail-after-create")
    String failAfterCreate;

    @Option(names = "--read-lag-ms", paramLabel = "N", descriptionKey = "sandbox.option.read-lag-ms")
    String readLagMs;

    @Option(names = "--drip-ms", paramLabel = "N", descriptionKey = "sandbox.option.drip-ms")
    String dripMs;

    @Option(names = "--drip-bytes", paramLabel = "N", descriptionKey = "sandbox.option.drip-bytes")
    String dripBytes;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "mixinStandardHelpOptions.help")
    boolean help;
}
