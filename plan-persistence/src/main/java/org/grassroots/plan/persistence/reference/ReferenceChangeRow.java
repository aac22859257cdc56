package org.grassroots.plan.persistence.reference;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One changed field of a sector or audience: what it was, what it became, who changed it and when. */
public record ReferenceChangeRow(
        String field, @Nullable String before, @Nullable String after, String changedBy, Instant changedAt) {}
