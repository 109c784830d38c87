package dev.intake.fair.capture;

/**
 * The event's tally under the form: everyone captured, those still {@code waiting} to reach the ATS, and those that
 * {@code needAttention} from a person (refused by the ATS, or an outcome nobody could confirm).
 */
public record CaptureCounts(int captured, int waiting, int needAttention) {
    public static final CaptureCounts NONE = new CaptureCounts(0, 0, 0);
}
