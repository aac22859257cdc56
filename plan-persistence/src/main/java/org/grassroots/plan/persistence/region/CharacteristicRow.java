package org.grassroots.plan.persistence.region;

import org.grassroots.plan.core.shared.Localized;
import org.jspecify.annotations.Nullable;

/** One of the plan's regional approaches for a state: whether it applies, with its note and source. */
public record CharacteristicRow(
        String approachCode,
        String labelJa,
        String labelEn,
        boolean applies,
        @Nullable String note,
        @Nullable String source)
        implements Localized {}
