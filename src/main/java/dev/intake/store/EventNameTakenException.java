package dev.intake.store;

/** Another event already has the name a save asked for; names tell events apart on the command line. */
public final class EventNameTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String name;

    public EventNameTakenException(String name) {
        super("An event named \"" + name + "\" already exists; choose another name.");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
