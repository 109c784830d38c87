package dev.intake.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmailAddressesTest {
    @Test
    void addressesAsPeopleWriteThemAreAcceptedWithSurroundingBlanks() {
        for (String good : List.of("ada@example.com", " Ada.Lovelace+jobs@mail.example.co.uk ", "a@b.de")) {
            assertTrue(EmailAddresses.isValid(good), good);
        }
    }

    @Test
    void incompleteOrMistypedAddressesAreRefused() {
        for (String bad : List.of("ada@", "ada@example", "ada example.com", "ada@@example.com", "ada@example..com",
                "ada@example.c", "@example.com", "")) {
            assertFalse(EmailAddresses.isValid(bad), bad);
        }
        assertFalse(EmailAddresses.isValid(null));
    }
}
