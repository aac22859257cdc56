package org.grassroots.plan.persistence.initiative;

import java.util.List;

/** A field's value before and after a revision; an empty list means the field was empty. */
public record FieldChange(String field, List<HistoryItem> before, List<HistoryItem> after) {}
