package dev.intake.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransportPolicyTest {
    @Test
    void httpsIsAcceptedForAnyHostAndNormalised() {
        assertEquals(Optional.empty(), TransportPolicy.problem("https://api.stackone.com"));
        assertEquals(Optional.empty(), TransportPolicy.problem("https://gateway.example.eu:8443/stackone/"));
        assertEquals("https://api.stackone.com", TransportPolicy.requireAllowed("  https://api.stackone.com/ \n"));
    }

    @Test
    void plainHttpOnlyForThisComputer() {
        for (String local : new String[] {"http://127.0.0.1:4010", "http://localhost:8080", "http://LOCALHOST",
            "http://[::1]:9000/"}) {
            assertEquals(Optional.empty(), TransportPolicy.problem(local), local);
        }
        for (String remote : new String[] {"http://api.stackone.com", "http://192.168.1.20:8080",
            "http://127.0.0.2", "http://localhost.example.com", "http://10.0.0.1"}) {
            assertEquals("transport.url.httpsRequired", TransportPolicy.problem(remote).orElseThrow().key(), remote);
        }
    }

    @Test
    void refusalSaysWhatToDo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TransportPolicy.requireAllowed("http://api.stackone.com"));
        assertEquals("Use https:// for api.stackone.com. Plain http:// is allowed only for this computer "
                + "(localhost, 127.0.0.1, [::1]), because the API key would otherwise travel unencrypted.",
                e.getMessage());
    }

    @Test
    void otherMistakesHaveTheirOwnMessages() {
        assertEquals("transport.url.empty", TransportPolicy.problem("  ").orElseThrow().key());
        assertEquals("transport.url.malformed", TransportPolicy.problem("api.stackone.com").orElseThrow().key());
        assertEquals("transport.url.malformed", TransportPolicy.problem("ftp://api.stackone.com").orElseThrow().key());
        assertEquals("transport.url.malformed", TransportPolicy.problem("https://exa mple.com").orElseThrow().key());
        assertEquals("transport.url.credentials",
                TransportPolicy.problem("https://key:@api.stackone.com").orElseThrow().key());
        assertEquals("transport.url.query",
                TransportPolicy.problem("https://api.stackone.com/?x=1").orElseThrow().key());
        assertTrue(TransportPolicy.problem("https://key:@api.stackone.com").orElseThrow().english()
                .contains("API key field"));
    }
}
