package dev.intake.wizard.step;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What one page keeps in a draft: its state, a record of {@code type}, stored under {@code key}. The wizard keeps
 * each page's part under the page's own key, so a page that adds a part of its own touches nothing else.
 *
 * @param restore gets what a draft holds under {@code key}, or null when the draft holds nothing there
 */
public record DraftPart<S>(String key, Class<S> type, Supplier<S> save, Consumer<S> restore) {
    public DraftPart {
        Objects.requireNonNull(key);
        Objects.requireNonNull(type);
        Objects.requireNonNull(save);
        Objects.requireNonNull(restore);
    }

    /** Hands {@code value} (of {@link #type}, or null) to {@link #restore}. */
    public void restoreFrom(Object value) {
        restore.accept(value == null ? null : type.cast(value));
    }
}
