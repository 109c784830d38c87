package dev.intake.outbox;

import dev.intake.store.Submission;

/**
 * What a submit stored: the submission, and whether its once-only key was stored before (then nothing new was
 * stored and {@code submission} is the earlier one, in the state it has reached).
 */
public record Submitted(Submission submission, boolean alreadyKnown) {
}
