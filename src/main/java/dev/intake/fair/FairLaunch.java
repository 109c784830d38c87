package dev.intake.fair;

import dev.intake.store.EventStore;
import dev.intake.store.FairEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the command line asked the window to open at start: an event by name ({@code --event}), in quick entry
 * or, with {@code --kiosk}, in the kiosk. A null name with the kiosk means the last opened event.
 */
public record FairLaunch(String eventName, boolean kiosk) {
    /** {@code --event NAME}: open that event (made with defaults when new) in quick entry. */
    public static final String EVENT = "--event";
    /** {@code --kiosk}: open the kiosk of the event given by {@code --event}, or of the last opened one. */
    public static final String KIOSK = "--kiosk";

    /** Nothing fair-related was asked for. */
    public static final FairLaunch NONE = new FairLaunch(null, false);

    public FairLaunch {
        eventName = eventName == null || eventName.isBlank() ? null : eventName.strip();
    }

    /**
     * What {@code args} ask for: {@code --event NAME} or {@code --event=NAME}, and {@code --kiosk}.
     *
     * @throws IllegalArgumentException when {@code --event} is given without a name
     */
    public static FairLaunch fromArgs(List<String> args) {
        String name = null;
        boolean kiosk = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(KIOSK)) {
                kiosk = true;
            } else if (arg.equals(EVENT)) {
                String next = i + 1 < args.size() ? args.get(i + 1) : "";
                name = named(next.startsWith("--") ? "" : next);
                i++;
            } else if (arg.startsWith(EVENT + "=")) {
                name = named(arg.substring(EVENT.length() + 1));
            }
        }
        return new FairLaunch(name, kiosk);
    }

    private static String named(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(EVENT + " needs the event's name, for example " + EVENT
                    + " \"Berlin Tech Fair 2026\"");
        }
        return value;
    }

    /**
     * The event to open: the one with the given name, made with defaults (and {@code profileId}) when none has it
     * yet; without a name, the kiosk's last opened event. Empty when nothing names an event and none was ever
     * opened. Blocking (SQLite).
     */
    public Optional<FairEvent> event(EventStore events, String profileId, LocalDate today) {
        if (eventName != null) {
            return Optional.of(events.byName(eventName)
                    .orElseGet(() -> events.save(FairEvent.named(eventName, profileId, today))));
        }
        return kiosk ? events.lastOpened() : Optional.empty();
    }

    /** Whether the window opens an event (quick entry or kiosk) instead of the desk wizard. */
    public boolean opensEvent() {
        return eventName != null || kiosk;
    }
}
