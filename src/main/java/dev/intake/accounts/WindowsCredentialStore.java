package dev.intake.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Windows Credential Manager through Windows PowerShell and the {@code PasswordVault} API. The script travels as
 * {@code -EncodedCommand} and holds no secret; the secret goes through stdin.
 */
final class WindowsCredentialStore extends CommandCredentialStore {
    /** Exit code our scripts use for "no such credential". */
    static final int NOT_FOUND = 3;

    private static final String OPEN_VAULT = """
            $ErrorActionPreference = 'Stop'
            [void][Windows.Security.Credentials.PasswordVault, Windows.Security.Credentials, ContentType = WindowsRuntime]
            $vault = New-Object Windows.Security.Credentials.PasswordVault
            function Find-Credential { try { $vault.Retrieve('%s', '%s') } catch { $null } }
            """;

    WindowsCredentialStore(CommandRunner runner, String executable) {
        super(runner, "PowerShell", executable);
    }

    String storeScript(String name) {
        return open(name) + """
                $secret = [Console]::In.ReadToEnd()
                $old = Find-Credential
                if ($old) { $vault.Remove($old) }
                $vault.Add((New-Object Windows.Security.Credentials.PasswordCredential('%s', '%s', $secret)))
                """.formatted(SERVICE, name);
    }

    String lookupScript(String name) {
        return open(name) + """
                $found = Find-Credential
                if (-not $found) { exit %d }
                $found.RetrievePassword()
                [Console]::Out.Write($found.Password)
                """.formatted(NOT_FOUND);
    }

    String clearScript(String name) {
        return open(name) + """
                $found = Find-Credential
                if (-not $found) { exit %d }
                $vault.Remove($found)
                """.formatted(NOT_FOUND);
    }

    List<String> command(String script) {
        String encoded = Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_16LE));
        return List.of(executable, "-NoProfile", "-NonInteractive", "-EncodedCommand", encoded);
    }

    @Override
    Invocation storeInvocation(String name, String secret) {
        return new Invocation(command(storeScript(name)), secret);
    }

    @Override
    List<String> lookupCommand(String name) {
        return command(lookupScript(name));
    }

    @Override
    List<String> clearCommand(String name) {
        return command(clearScript(name));
    }

    @Override
    boolean isNotFound(CommandRunner.Result result) {
        return result.exitCode() == NOT_FOUND;
    }

    @Override
    public String description() {
        return "Windows Credential Manager (PowerShell)";
    }

    /** Names match {@link CredentialStore#VALID_NAME}, so they need no quoting inside single quotes. */
    private static String open(String name) {
        return OPEN_VAULT.formatted(SERVICE, name);
    }
}
