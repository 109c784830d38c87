package dev.intake.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import dev.intake.form.Field;
import dev.intake.form.FieldGroup;

import org.junit.jupiter.api.Test;

class FieldTest {
    private final Field<String> name = Field.text("candidate.first_name").rule(v -> v.isBlank() ? "needed" : null);

    @Test
    void anUntouchedEmptyFieldIsInvalidButShowsNothingUntilRevealed() {
        assertFalse(name.isValid());
        assertNull(name.message());
        name.touch();
        assertEquals("needed", name.message());
    }

    @Test
    void typingShowsTheProblemAsYouTypeAndClearsItWhenFixed() {
        name.set("A");
        assertTrue(name.isValid());
        name.set("");
        assertEquals("needed", name.message());
        name.set("Ada");
        assertNull(name.message());
    }

    @Test
    void aServerProblemWinsUntilTheUserEditsTheValue() {
        name.set("Ada");
        name.setServerProblem("The ATS refused this value");
        assertFalse(name.isValid());
        assertEquals("The ATS refused this value", name.message());
        name.set("Ada L");
        assertTrue(name.isValid());
        assertNull(name.message());
    }

    @Test
    void resetClearsValueAndHidesProblems() {
        name.set("x");
        name.set("");
        name.reset("");
        assertNull(name.message());
    }

    @Test
    void groupIsValidWhenEveryActiveFieldIsAndFindsTheFirstInvalidInReadingOrder() {
        Field<String> email = Field.text("candidate.email").rule(v -> v.contains("@") ? null : "bad");
        FieldGroup group = new FieldGroup();
        group.add(name);
        FieldGroup inner = group.add(new FieldGroup());
        inner.add(email);
        assertSame(name, group.firstInvalid().orElseThrow());
        name.set("Ada");
        assertSame(email, group.firstInvalid().orElseThrow());
        assertFalse(group.isValid());
        inner.activeProperty().set(false);
        assertTrue(group.isValid());
        inner.activeProperty().set(true);
        email.activeProperty().set(false);
        assertTrue(group.isValid());
    }

    @Test
    void revealAllShowsEveryActiveProblem() {
        Field<String> other = Field.text("x").rule(v -> "always");
        FieldGroup group = new FieldGroup();
        group.add(name);
        group.add(other);
        group.revealAll();
        assertEquals("needed", name.message());
        assertEquals("always", other.message());
    }
}
