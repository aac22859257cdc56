package org.grassroots.plan.core.shared;

/**
 * A field whose value differs between two versions of something: a report since HQ returned it (values as text),
 * an initiative between revisions (values as lists of labels in both languages).
 *
 * @param <V> how a value is represented
 */
public record FieldChange<V>(String field, V before, V after) {}
