package org.grassroots.plan.core.activity;

import java.util.List;
import org.grassroots.plan.core.shared.FieldViolation;
import org.jspecify.annotations.Nullable;

/** A {@link FieldViolation} found in an imported file, at a line (the header is line 1). */
public record ImportViolation(int line, FieldViolation violation) {

    public ImportViolation(int line, String field, String messageKey) {
        this(line, new FieldViolation(field, messageKey));
    }

    public ImportViolation(int line, String field, String messageKey, @Nullable String value) {
        this(line, new FieldViolation(field, messageKey, value == null ? List.of() : List.of(value)));
    }

    public String field() {
        return violation.field();
    }

    public String messageKey() {
        return violation.messageKey();
    }

    /** The offending value as the file has it, if any. */
    public @Nullable String value() {
        return violation.rejected().isEmpty() ? null : violation.rejected().get(0);
    }
}
