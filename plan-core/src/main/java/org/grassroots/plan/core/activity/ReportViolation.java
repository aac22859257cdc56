package org.grassroots.plan.core.activity;

/**
 * One thing wrong with a report's content: the form field (as named in {@link ReportContent}, e.g. {@code
 * stateCode}, {@code links[2]}) and a message key of the {@code reports} bundle.
 */
public record ReportViolation(String field, String messageKey) {}
