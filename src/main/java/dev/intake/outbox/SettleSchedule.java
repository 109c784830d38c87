package dev.intake.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When to ask the ATS whether a create whose answer was lost (or may have been) did happen.
 *
 * <p>Why these values: real ATSs show a new candidate and application in their list and search calls only some
 * time after creating them (tens of seconds is common behind StackOne, minutes when the ATS indexes in batches),
 * so an early miss proves nothing. The first check waits {@link #FIRST_CHECK} after the send started; later ones
 * come after growing gaps, so an ATS that is slow to index is still caught within the better part of an hour,
 * while the person who must decide about what stays unconfirmed is not kept waiting for a day. No pass, forced or
 * not, asks sooner: only a person may ask to check again once the last check has been made.
 */
public final class SettleSchedule {
    /** From the start of the send to the first check. */
    public static final Duration FIRST_CHECK = Duration.ofSeconds(30);
    /** The gaps between one check and the next; after the last, a person decides. */
    public static final List<Duration> LATER_CHECKS = List.of(Duration.ofMinutes(2), Duration.ofMinutes(10),
            Duration.ofMinutes(30));
    /** The app's schedule. */
    public static final SettleSchedule STANDARD = new SettleSchedule(FIRST_CHECK, LATER_CHECKS);

    private final Duration firstCheck;
    private final List<Duration> laterChecks;

    /**
     * Another schedule, for tests that run on real time against an ATS that shows records at once (the embedded
     * sandbox without read lag): the same rules, shorter waits.
     */
    public SettleSchedule(Duration firstCheck, List<Duration> laterChecks) {
        if (firstCheck.isNegative() || laterChecks.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("settle delays cannot be negative");
        }
        this.firstCheck = firstCheck;
        this.laterChecks = List.copyOf(laterChecks);
    }

    /**
     * The next check of a send that started at {@code sentAt}, after {@code checks} (oldest first) found nothing;
     * empty once every planned check has been made.
     */
    public Optional<Instant> next(Instant sentAt, List<Instant> checks) {
        if (checks.isEmpty()) {
            return Optional.of(sentAt.plus(firstCheck));
        }
        if (checks.size() > laterChecks.size()) {
            return Optional.empty();
        }
        return Optional.of(checks.getLast().plus(laterChecks.get(checks.size() - 1)));
    }
}
