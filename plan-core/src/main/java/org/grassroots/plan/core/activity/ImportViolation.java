package org.grassroots.plan.core.activity;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong in an imported file: the line, the field (as in {@link ReportContent}, or {@code file}), a
 * message key, and the offending value where there is one.
 */
public record ImportViolation(
        int line, String field, String messageKey, @Nullable String value) {

    public ImportViolation(int line, String field, String messageKey) {
        this(line, field, messageKey, null);
    }
}
