package dev.intake.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiKeysTest {
    @Test
    void pastedKeyIsTrimmedOfSpacesAndLineBreaks() {
        assertEquals("v1.eu1.AbC123", ApiKeys.normalize("  v1.eu1.AbC123 \r\n"));
        assertEquals("v1.eu1.AbC123", ApiKeys.normalize("\tv1.eu1.AbC123\n"));
    }

    @Test
    void emptyOrBlankKeyIsRefusedWithAMessage() {
        for (String blank : new String[] {null, "", "   ", "\n\n"}) {
            ApiKeys.InvalidApiKeyException e = assertThrows(ApiKeys.InvalidApiKeyException.class,
                    () -> ApiKeys.normalize(blank));
            assertEquals("credentials.key.empty", e.userMessage().key());
            assertEquals("Enter the API key: the field is empty.", e.getMessage());
        }
    }

    @Test
    void keyBrokenInTheMiddleIsRefusedAndTheMessageDoesNotRepeatIt() {
        ApiKeys.InvalidApiKeyException e = assertThrows(ApiKeys.InvalidApiKeyException.class,
                () -> ApiKeys.normalize("v1.eu1.first\nsecondhalf"));
        assertEquals("credentials.key.innerSpace", e.userMessage().key());
        assertFalse(e.getMessage().contains("secondhalf"));
    }

    @Test
    void absurdlyLongPasteIsRefused() {
        assertTrue(ApiKeys.problem("k".repeat(ApiKeys.MAX_LENGTH + 1)).isPresent());
        assertTrue(ApiKeys.problem("k".repeat(ApiKeys.MAX_LENGTH)).isEmpty());
    }
}
