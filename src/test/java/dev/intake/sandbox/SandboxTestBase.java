package dev.intake.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** One sandbox with default options per test class, reached over raw HTTP; knobs are reset after each test. */
abstract class SandboxTestBase {
    static SandboxServer server;
    static SandboxHttp http;

    @BeforeAll
    static void startSandbox() {
        server = SandboxServer.start(SandboxOptions.defaults());
        http = new SandboxHttp(server);
    }

    @AfterAll
    static void stopSandbox() {
        http.close();
        server.close();
    }

    @AfterEach
    void resetKnobs() {
        server.knobs().reset();
    }
}
