package dev.intake.store;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * A hiring fair: what every application captured at its booth carries and how long its local data is kept.
 *
 * @param id               local id; null until first saved
 * @param name             what people call it ("Berlin Tech Fair 2026"); unique, ignoring case
 * @param sourceName       sent as {@code source.name} on every application captured there (the name by default)
 * @param shortlistJobIds  the jobs offered at the booth; empty means every open job
 * @param defaultStatus    an {@code application_status} value of the spec, or null for the ATS's own default
 * @param consentText      what a visitor agrees to; shown before capture
 * @param consentRequired  whether capture needs the visitor's consent ticked
 * @param retention        how long captured data is kept on this machine after the last day
 * @param kioskPinHash     the kiosk PIN as {@link KioskPin#hash salted hash}, never the PIN; null when none is set
 * @param profileId        the account profile applications go to
 */
public record FairEvent(String id, String name, LocalDate firstDay, LocalDate lastDay, String sourceName,
        List<String> shortlistJobIds, String defaultStatus, String consentText, boolean consentRequired,
        Period retention, String kioskPinHash, String profileId) {

    /** How long captured data is kept when nobody chose: a month after the last day. */
    public static final Period DEFAULT_RETENTION = Period.ofDays(30);

    public FairEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(firstDay, "firstDay");
        shortlistJobIds = shortlistJobIds == null ? List.of() : List.copyOf(shortlistJobIds);
        lastDay = lastDay == null || lastDay.isBefore(firstDay) ? firstDay : lastDay;
        sourceName = sourceName == null || sourceName.isBlank() ? name : sourceName;
        retention = retention == null ? DEFAULT_RETENTION : retention;
    }

    /**
     * An event made from its name alone: today only, the name as source, every open job, no default status, no
     * consent step, the default retention and no kiosk PIN.
     */
    public static FairEvent named(String name, String profileId, LocalDate today) {
        return new FairEvent(null, name.strip(), today, today, null, List.of(), null, null, false, null, null,
                profileId);
    }

    public FairEvent withId(String newId) {
        return new FairEvent(newId, name, firstDay, lastDay, sourceName, shortlistJobIds, defaultStatus, consentText,
                consentRequired, retention, kioskPinHash, profileId);
    }

    public FairEvent withKioskPinHash(String hash) {
        return new FairEvent(id, name, firstDay, lastDay, sourceName, shortlistJobIds, defaultStatus, consentText,
                consentRequired, retention, hash, profileId);
    }

    /** The {@code SubmitOptions.origin} of submissions captured at this event. */
    public String origin() {
        return "event:" + id;
    }

    /** Whether {@code jobId} is offered at the booth (any job when the shortlist is empty). */
    public boolean offers(String jobId) {
        return shortlistJobIds.isEmpty() || shortlistJobIds.contains(jobId);
    }

    /** The first day on which this event's local data may be removed. */
    public LocalDate keepUntil() {
        return lastDay.plus(retention);
    }

    @Override
    public String toString() {
        // The PIN hash stays out of logs and exception messages.
        return "FairEvent[id=" + id + ", name=" + name + ", " + firstDay + ".." + lastDay + "]";
    }
}
