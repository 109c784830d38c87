package dev.intake.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.intake.accounts.CredentialStore;
import dev.intake.accounts.FileCredentialStore;
import dev.intake.accounts.ProfileStore;
import dev.intake.ats.ProxyConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsSetupTest {
    @TempDir
    Path dir;

    private AccountsSetup.Parts open(List<String> args) {
        return AccountsSetup.open(args, dir.resolve("config"), dir.resolve("no-system-file"),
                FileCredentialStore::new);
    }

    @Test
    void plainStartIsSandboxWithDefaultSettingsAndTheUsersProxyChoice() throws Exception {
        AccountsSetup.Parts parts = open(List.of());
        assertEquals(ProfileStore.SANDBOX, parts.profiles().current());
        assertEquals(Settings.DEFAULTS, parts.settings());
        assertEquals(ProxyConfig.SYSTEM, parts.proxy());
        assertEquals(List.of(), parts.startupProblems());

        parts.settingsStore().save(Settings.DEFAULTS.withProxy(ProxyConfig.explicit("proxy.corp", 3128, "jane")));
        parts.credentials().put(CredentialStore.PROXY_PASSWORD, "Pr0xy-pass");
        AccountsSetup.Parts again = open(List.of());
        assertEquals(ProxyConfig.explicit("proxy.corp", 3128, "jane"), again.proxy());
        assertEquals(Optional.of("Pr0xy-pass"), again.proxyPassword());
        assertEquals("proxy [redacted]", again.redactor().redact("proxy Pr0xy-pass"),
                "a secret read from the store is masked in logs from then on");
    }

    @Test
    void managedOptionsWinAndTheirSecretsAreMaskedFromTheStart() throws Exception {
        Files.writeString(dir.resolve("key.txt"), "v1.managed-K3y-777\n");
        Files.writeString(dir.resolve("proxy.txt"), "Corp-Proxy-Pa55\n");
        AccountsSetup.Parts parts = open(List.of("--account-id", "acct-it", "--api-key-file",
                dir.resolve("key.txt").toString(), "--proxy", "proxy.corp:8080", "--proxy-user", "svc",
                "--proxy-password-file", dir.resolve("proxy.txt").toString()));

        assertEquals("acct-it", parts.profiles().current().accountId());
        assertEquals(ProxyConfig.explicit("proxy.corp", 8080, "svc"), parts.proxy());
        assertEquals(Optional.of("Corp-Proxy-Pa55"), parts.proxyPassword());
        String line = parts.redactor().redact("key v1.managed-K3y-777 proxy Corp-Proxy-Pa55");
        assertFalse(line.contains("v1.managed-K3y-777") || line.contains("Corp-Proxy-Pa55"), line);
    }
}
