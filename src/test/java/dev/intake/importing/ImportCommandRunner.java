package dev.intake.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.intake.ats.Application;
import dev.intake.ats.Job;
import dev.intake.ats.Json;
import dev.intake.common.FxTaskExecutor;
import dev.intake.connections.MachineConnections;
import dev.intake.sandbox.SandboxOptions;
import dev.intake.sandbox.SandboxServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs {@code intake --import} as {@code Main} does, on a data and config folder of its own, against a sandbox
 * account that outlives the run (so what was created can be counted), and reads what it printed.
 */
final class ImportCommandRunner implements AutoCloseable {
    final SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults());
    final Path dir;
    private final Path keyFile;
    /** The app's one executor, as main makes it: the import's outbox runs on it. */
    private final FxTaskExecutor executor = new FxTaskExecutor();

    ImportCommandRunner(Path dir) throws IOException {
        this.dir = dir;
        this.keyFile = Files.writeString(dir.resolve("acme.key"), sandbox.apiKey() + "\n");
    }

    /** What one run printed and returned. */
    record Run(int code, JsonNode json, String stdout, String stderr) {
        JsonNode row(int number) {
            for (JsonNode result : json.path("results")) {
                if (result.path("row").asInt() == number) {
                    return result;
                }
            }
            throw new AssertionError("no row " + number + " in " + json);
        }
    }

    /** The command line that sends to this runner's sandbox account, then {@code args}. */
    List<String> accountArgs(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dir.resolve("data").toString(), "--config-dir",
                dir.resolve("config").toString(), "--profile", "Acme", "--base-url", sandbox.baseUrl().toString(),
                "--account-id", sandbox.accountId(), "--api-key-file", keyFile.toString()));
        return all;
    }

    Run run(String... args) {
        return runWaiting(RowSender.DUE_SOON, args);
    }

    /** Waits for rows due again within {@code dueSoon} only. */
    Run runWaiting(Duration dueSoon, String... args) {
        return runBare(dueSoon, accountArgs(args).toArray(String[]::new));
    }

    /** Exactly {@code args}, no account options added. */
    Run runBare(Duration dueSoon, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ImportCommand.withDefaults(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new MachineConnections(), dueSoon, executor).run(args);
        String stdout = out.toString(StandardCharsets.UTF_8);
        JsonNode json;
        try {
            json = stdout.isBlank() || !stdout.strip().startsWith("{") ? Json.mapper().nullNode()
                    : Json.mapper().readTree(stdout);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + stdout, e);
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        // An unreachable ATS is named by its exception's class ("ConnectException: ..."), never with its trace.
        assertFalse(stdout.contains("\tat ") || stdout.contains("Exception in") || stderr.contains("\tat ")
                || stderr.contains("Exception in"), "no stack trace: " + stdout + stderr);
        return new Run(code, json, stdout, stderr);
    }

    static Run expect(int code, Run run) {
        assertEquals(code, run.code(), run.stdout() + run.stderr());
        return run;
    }

    List<Job> openJobs() {
        return sandbox.data().jobs().stream().filter(j -> j.statusWord().equals("open")).toList();
    }

    /** The applications created through the API, counted by their candidate's email (lower case). */
    Map<String, Long> applicationsByEmail() {
        return sandbox.data().createdApplications().stream()
                .map(this::email)
                .collect(Collectors.groupingBy(e -> e, Collectors.counting()));
    }

    private String email(Application application) {
        return sandbox.data().candidate(application.candidateId()).map(c -> c.email())
                .map(e -> e.toLowerCase(java.util.Locale.ROOT)).orElse("?");
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static String[] args(Path file, String... more) {
        return Stream.concat(Stream.of("--import", file.toString()), Stream.of(more)).toArray(String[]::new);
    }

    @Override
    public void close() {
        executor.close();
        sandbox.close();
    }
}
