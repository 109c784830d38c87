package dev.intake.accounts;

import java.io.IOException;
import java.util.List;

/** Runs an external program, feeding {@code stdin}; secrets travel through stdin, never through arguments. */
@FunctionalInterface
public interface CommandRunner {
    /** What the program did. {@link #toString()} leaves out stdout, which may hold a secret. */
    record Result(int exitCode, String stdout, String stderr) {
        @Override
        public String toString() {
            return "Result[exitCode=" + exitCode + ", stderr=" + stderr + "]";
        }
    }

    Result run(List<String> command, String stdin) throws IOException;
}
