package dev.intake.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.intake.ats.Redactor;

import dev.intake.accounts.Profile;
import dev.intake.accounts.ProfileStore;
import dev.intake.ats.ProxyConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsTest {
    @TempDir
    Path dataDir;

    @Test
    void logLinesLandInTheRollingFileAndTheReportCarriesTheLastOnes() throws Exception {
        Redactor redactor = new Redactor();
        try (DiagnosticLog log = DiagnosticLog.install(dataDir, redactor)) {
            Logger logger = Logger.getLogger("dev.intake.test.diagnostics");
            for (int i = 1; i <= 5; i++) {
                logger.info("GET /unified/ats/jobs -> 200 in " + i + " ms");
            }
            System.getLogger("dev.intake.test.systemlogger").log(System.Logger.Level.WARNING, "via System.Logger");

            List<String> last = log.lastLines(3);
            assertEquals(3, last.size());
            assertTrue(last.get(0).endsWith("GET /unified/ats/jobs -> 200 in 4 ms"), last.get(0));
            assertTrue(last.get(2).contains("WARNING dev.intake.test.systemlogger: via System.Logger"), last.get(2));
            assertEquals(dataDir.resolve("logs").resolve("intake-0.log"), log.currentFile());

            Profile acme = new Profile("id-1", "Acme", "https://api.stackone.com", "acct-7", false, null);
            DiagnosticsReport report = new DiagnosticsReport("1.2.3", Map.of("os", "Linux 6.1 (amd64)",
                    "java", "Eclipse Adoptium 25+36"), Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"),
                            ZoneOffset.UTC), redactor);
            String text = report.build(new DiagnosticsReport.Facts(acme, "Secret Service (secret-tool)",
                    ProxyConfig.explicit("proxy.corp", 3128, "jane"), dataDir, List.of(), last));
            assertTrue(text.startsWith("""
                    Intake diagnostics, 2026-01-02T03:04:05Z
                    Version: 1.2.3
                    OS: Linux 6.1 (amd64)
                    Java: Eclipse Adoptium 25+36
                    """), text);
            assertTrue(text.contains("Profile: Acme, base URL https://api.stackone.com, account acct-7\n"), text);
            assertTrue(text.contains("Network: proxy proxy.corp:3128 as jane\n"), text);
            assertTrue(text.contains("Last 3 log lines:\n"), text);
            assertTrue(text.endsWith(last.get(2) + "\n"), text);

            String sandbox = report.build(new DiagnosticsReport.Facts(ProfileStore.SANDBOX, "file", ProxyConfig.SYSTEM,
                    dataDir, List.of(), List.of()));
            assertTrue(sandbox.contains("Profile: Sandbox (built-in sandbox)\n"), sandbox);
        }
        Logger.getLogger("dev.intake.test.diagnostics").log(Level.INFO, "after close");
        assertTrue(DiagnosticLog.lastLines(dataDir.resolve("logs"), 1).getFirst().contains("via System.Logger"),
                "a closed log takes no more lines");
    }
}
