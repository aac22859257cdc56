package org.grassroots.plan.core.shared;

import java.util.List;

/**
 * One rule a command broke: the field as the form or file names it (e.g. {@code stateCode}, {@code links[2]}), a
 * message key the page resolves in the reader's language, and the rejected values where they help the reader.
 */
public record FieldViolation(String field, String messageKey, List<String> rejected) {

    public FieldViolation {
        rejected = List.copyOf(rejected);
    }

    public FieldViolation(String field, String messageKey) {
        this(field, messageKey, List.of());
    }
}
