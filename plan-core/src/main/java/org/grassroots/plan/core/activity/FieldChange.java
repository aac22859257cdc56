package org.grassroots.plan.core.activity;

/** A reviewed field of a report whose value changed since HQ returned it; values as {@link ReviewedFields} writes them. */
public record FieldChange(String field, String before, String after) {}
