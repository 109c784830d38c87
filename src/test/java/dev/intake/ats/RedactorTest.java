package dev.intake.ats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private static final String KEY = "v1.eu1.Redact-Me-42";

    @Test
    void authorizationHeaderValuesAreMaskedWhateverTheScheme() {
        Redactor redactor = new Redactor();
        assertEquals("Authorization: [redacted]", redactor.redact("Authorization: Basic dGVzdDo="));
        assertEquals("proxy-authorization=[redacted]", redactor.redact("proxy-authorization=Negotiate abcdef"));
        assertEquals("\"Authorization: [redacted]\" was refused",
                redactor.redact("\"Authorization: Basic dGVzdDo=\" was refused"));
        assertEquals("{\"authorization\": \"[redacted]\"}", redactor.redact("{\"authorization\": \"Bearer abc.def\"}"));
        assertEquals("{Authorization=[redacted], x-account-id=acct}",
                redactor.redact("{Authorization=Bearer eyJhbGciOi.x.y, x-account-id=acct}"));
    }

    @Test
    void basicAndBearerCredentialsAreMaskedAnywhere() {
        Redactor redactor = new Redactor();
        assertEquals("sent Basic [redacted] to host", redactor.redact("sent Basic dXNlcjpwYXNz to host"));
        assertEquals("token is Bearer [redacted]", redactor.redact("token is Bearer abc.def-ghi_jkl"));
    }

    @Test
    void knownSecretsAreMaskedAlsoInTheirBasicAuthForm() {
        Redactor redactor = new Redactor();
        redactor.addSecret(" " + KEY + "\n");
        String basic = Base64.getEncoder().encodeToString((KEY + ":").getBytes(StandardCharsets.UTF_8));
        String text = redactor.redact("key " + KEY + " header " + basic + " url https://x/?k=" + KEY);
        assertFalse(text.contains(KEY), text);
        assertFalse(text.contains(basic), text);
        assertEquals("key [redacted] header [redacted] url https://x/?k=[redacted]", text);
    }

    @Test
    void keyValuePairsThatLookSecretAreMasked() {
        Redactor redactor = new Redactor();
        assertEquals("api_key=[redacted]&page=2", redactor.redact("api_key=abc123&page=2"));
        assertEquals("{\"password\": \"[redacted]\"}", redactor.redact("{\"password\": \"hunter22\"}"));
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        Redactor redactor = new Redactor();
        redactor.addSecret("abc");
        String line = "GET /unified/ats/jobs?page_size=25 -> 200 in 143 ms (account acct-7, Basic auth, basic information)";
        assertEquals(line, redactor.redact(line));
    }

    @Test
    void textIsRedactedBeforeItIsShortened() {
        Redactor redactor = Redactor.forServerText(KEY);
        String text = "rejected " + KEY + " for this account";

        String shortened = redactor.redactAndShorten(text, 15);

        assertEquals("rejected [redac…", shortened);
        assertEquals("rejected [redacted] for this account", redactor.redactAndShorten(text, 100));
        assertEquals(null, redactor.redactAndShorten(null, 10));
    }

    @Test
    void serverTextKeepsAnAuthorizationProblemInPlainWordsButNotACredential() {
        Redactor redactor = Redactor.forServerText(KEY);

        assertEquals("authorization: invalid API key", redactor.redact("authorization: invalid API key"));
        assertEquals("Authorization: Basic [redacted] ([redacted])",
                redactor.redact("Authorization: Basic dXNlcjpwYXNzd29yZA== (" + KEY + ")"));
    }
}
