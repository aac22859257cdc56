package org.grassroots.plan.persistence.region;

import java.time.Instant;
import org.grassroots.plan.core.shared.Localized;
import org.jspecify.annotations.Nullable;

/** A change to a state's characteristic: what it became, who changed it and when. */
public record CharacteristicChangeRow(
        String approachCode,
        String labelJa,
        String labelEn,
        boolean applies,
        @Nullable String note,
        @Nullable String source,
        @Nullable String changedBy,
        Instant changedAt)
        implements Localized {}
