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
 * @param apiKey   the key the server accepts; null (the default) makes each started server choose a random key, read
 *                 back with {@link SandboxServer#apiKey()}. Tests that need a known key give one.
 * @param limits   how much a server takes in and keeps, so that a long rehearsal cannot exhaust memory
 */
public record SandboxOptions(int port, int jobCount, long seed, FaultKnobs knobs, String apiKey, Limits limits) {
    public static final int DEFAULT_JOB_COUNT = 60;
    public static final long DEFAULT_SEED = 20_250_106L;
    /** Far beyond any picker benchmark, low enough that a typo cannot exhaust memory. */
    public static final int MAX_JOB_COUNT = 1_000_000;

    /**
     * How much a sandbox takes in and keeps per run.
     *
     * @param maxBodyBytes           largest request body; a larger one is answered 413 without being read whole
     * @param maxApplications        applications created through the API that one run keeps; beyond, creates are
     *                               refused with 403 (nothing is dropped: an outcome check must still find what was
     *                               created)
     * @param maxStoredBodyBytes     total size of the request bodies of those applications (kept for
     *                               {@link SandboxData#requestBody}); beyond, creates are refused with 403 as well
     */
    public record Limits(int maxBodyBytes, int maxApplications, long maxStoredBodyBytes) {
        /** 32 MB per body; 10,000 applications or 256 MB of bodies per run. */
        public static final Limits DEFAULT = new Limits(32 * 1024 * 1024, 10_000, 256L * 1024 * 1024);

        public Limits {
            if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 8 || maxApplications < 1
                    || maxStoredBodyBytes < maxBodyBytes) {
                throw new IllegalArgumentException("limits must be 1 byte to 2 GB per body, at least 1 application "
                        + "and a stored total of at least one body, not " + maxBodyBytes + ", " + maxApplications
                        + ", " + maxStoredBodyBytes);
            }
        }
    }

    public SandboxOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 (any free port) or 1-65535, not " + port);
        }
        if (jobCount < 1 || jobCount > MAX_JOB_COUNT) {
            throw new IllegalArgumentException("job count must be 1-" + MAX_JOB_COUNT + ", not " + jobCount);
        }
        knobs = knobs == null ? new FaultKnobs() : knobs;
        limits = limits == null ? Limits.DEFAULT : limits;
        // Sent as the Basic user name, which ends at the first colon.
        if (apiKey != null && (apiKey.isEmpty() || apiKey.contains(":")
                || apiKey.chars().anyMatch(c -> c <= ' ' || c == 0x7f))) {
            throw new IllegalArgumentException("the API key must be non-empty, without spaces, control characters "
                    + "or ':'");
        }
    }

    /** With a random key for each server started and the default limits. */
    public SandboxOptions(int port, int jobCount, long seed, FaultKnobs knobs) {
        this(port, jobCount, seed, knobs, null, null);
    }

    /** With the default limits. */
    public SandboxOptions(int port, int jobCount, long seed, FaultKnobs knobs, String apiKey) {
        this(port, jobCount, seed, knobs, apiKey, null);
    }

    /** Any free port, {@value #DEFAULT_JOB_COUNT} jobs, the default seed, no faults, a random key per server. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(0, DEFAULT_JOB_COUNT, DEFAULT_SEED, new FaultKnobs(), null, null);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(newPort, jobCount, seed, knobs, apiKey, limits);
    }

    public SandboxOptions withJobCount(int newJobCount) {
        return new SandboxOptions(port, newJobCount, seed, knobs, apiKey, limits);
    }

    public SandboxOptions withSeed(long newSeed) {
        return new SandboxOptions(port, jobCount, newSeed, knobs, apiKey, limits);
    }

    public SandboxOptions withKnobs(FaultKnobs newKnobs) {
        return new SandboxOptions(port, jobCount, seed, Objects.requireNonNull(newKnobs, "knobs"), apiKey, limits);
    }

    /** Accepts {@code newApiKey} instead of a random key, e.g. for a test that needs to know it in advance. */
    public SandboxOptions withApiKey(String newApiKey) {
        return new SandboxOptions(port, jobCount, seed, knobs, Objects.requireNonNull(newApiKey, "apiKey"), limits);
    }

    public SandboxOptions withLimits(Limits newLimits) {
        return new SandboxOptions(port, jobCount, seed, knobs, apiKey, Objects.requireNonNull(newLimits, "limits"));
    }

    /** Never shows a key given with {@link #withApiKey}: it may stand in for a real one. */
    @Override
    public String toString() {
        return "SandboxOptions[port=" + port + ", jobCount=" + jobCount + ", seed=" + seed + ", knobs=" + knobs
                + ", apiKey=" + (apiKey == null ? "random" : "***") + ", limits=" + limits + "]";
    }
}
