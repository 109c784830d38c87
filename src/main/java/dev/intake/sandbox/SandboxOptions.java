package dev.intake.sandbox;

import java.util.Objects;

/**
 * How to start a sandbox.
 *
 * @param port     loopback port to listen on; 0 picks a free one
 * @param jobCount size of the job catalogue (at least 1; the default is {@value #DEFAULT_JOB_COUNT}, benchmarks use
 *                 e.g. 10,000). Job {@code n} is the same whatever the count, so a larger catalogue extends a
 *                 smaller one.
 * @param seed     seed of the generated data: the same seed gives the same data at every start
 * @param knobs    fault settings the server starts with. The server works on its own {@link FaultKnobs#copy()},
 *                 so one options value can start several servers; change a running server through
 *                 {@link SandboxServer#knobs()}.
 */
public record SandboxOptions(int port, int jobCount, long seed, FaultKnobs knobs) {
    public static final int DEFAULT_JOB_COUNT = 60;
    public static final long DEFAULT_SEED = 20_250_106L;
    /** Far beyond any picker benchmark, low enough that a typo cannot exhaust memory. */
    public static final int MAX_JOB_COUNT = 1_000_000;

    public SandboxOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 (any free port) or 1-65535, not " + port);
        }
        if (jobCount < 1 || jobCount > MAX_JOB_COUNT) {
            throw new IllegalArgumentException("job count must be 1-" + MAX_JOB_COUNT + ", not " + jobCount);
        }
        knobs = knobs == null ? new FaultKnobs() : knobs;
    }

    /** Any free port, {@value #DEFAULT_JOB_COUNT} jobs, the default seed, no faults. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(0, DEFAULT_JOB_COUNT, DEFAULT_SEED, new FaultKnobs());
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, jobCount, seed, knobs);
    }

    public SandboxOptions withJobCount(int newJobCount) {
        return new SandboxOptions(port, newJobCount, seed, knobs);
    }

    public SandboxOptions withSeed(long newSeed) {
        return new SandboxOptions(port, jobCount, newSeed, knobs);
    }

    public SandboxOptions withKnobs(FaultKnobs newKnobs) {
        return new SandboxOptions(port, jobCount, seed, Objects.requireNonNull(newKnobs, "knobs"));
    }
}
