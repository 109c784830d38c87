package dev.intake.common;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use, once, whichever thread asks first; later calls get the same value. If making it fails,
 * the failure is thrown to that caller and the next call tries again, so that a passing problem (a file busy, a
 * network drive not mounted yet) is not remembered for the life of the process.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<? extends T> maker;
    private volatile T value;

    private Lazy(Supplier<? extends T> maker) {
        this.maker = Objects.requireNonNull(maker, "maker");
    }

    public static <T> Lazy<T> of(Supplier<? extends T> maker) {
        return new Lazy<>(maker);
    }

    /** An already made value, where a caller needs a {@code Lazy} (tests, injected clients). */
    public static <T> Lazy<T> ofValue(T value) {
        Lazy<T> made = new Lazy<>(() -> value);
        made.value = Objects.requireNonNull(value, "value");
        return made;
    }

    @Override
    public T get() {
        T made = value;
        if (made != null) {
            return made;
        }
        synchronized (this) {
            if (value == null) {
                value = Objects.requireNonNull(maker.get(), "made value");
            }
            return value;
        }
    }

    /** Whether the value has been made (without making it). */
    public boolean isMade() {
        return value != null;
    }
}
