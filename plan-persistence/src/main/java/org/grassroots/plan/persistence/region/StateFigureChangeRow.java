package org.grassroots.plan.persistence.region;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded addition, change or removal of a state figure. */
public record StateFigureChangeRow(
        String metric,
        String action,
        @Nullable String before,
        @Nullable String after,
        String changedBy,
        Instant changedAt) {}
