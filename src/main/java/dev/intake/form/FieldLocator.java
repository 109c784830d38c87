package dev.intake.form;

import java.util.Optional;

/** Something that owns fields and can say which one a request path names (e.g. {@code candidate.email}). */
@FunctionalInterface
public interface FieldLocator {
    /** The field for {@code path}, in the spec's terms; empty when none here is. */
    Optional<Field<?>> fieldAt(String path);
}
