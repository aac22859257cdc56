package org.grassroots.plan.persistence.dashboard;

import org.grassroots.plan.core.shared.Localized;
import org.jspecify.annotations.Nullable;

/** A priority area with its number in the plan and the pillar it belongs to (null for a pillar of its own). */
public record AreaRow(
        String code,
        String planNumber,
        String labelJa,
        String labelEn,
        @Nullable String parentJa,
        @Nullable String parentEn)
        implements Localized {}
