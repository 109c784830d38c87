package dev.intake.startup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The line scripts read from {@code --smoke-test}. */
class SmokeTestTest {
    private final StartupProbe.Result frame = new StartupProbe.Result(Duration.ofMillis(480), Duration.ofMillis(490),
            Instant.ofEpochMilli(1_795_000_000_000L), 150_000);

    @Test
    void readyAfterTheFirstFrameIsReportedAsItsOwnFigure() {
        String line = SmokeTest.summary(frame, Duration.ofMillis(1_250));
        assertTrue(line.matches("first-frame-ms=480 input-ms=490 ready-ms=1250 first-frame-epoch-ms=1795000000000"
                + " rss-kb=\\d+"), line);
    }

    @Test
    void aWindowReadyBeforeItAnsweredInputCountsAsReadyWhenItDid() {
        String line = SmokeTest.summary(frame, Duration.ofMillis(300));
        assertTrue(line.contains(" ready-ms=490 "), line);
    }
}
