package org.grassroots.plan.persistence.dashboard;

import org.grassroots.plan.core.shared.Localized;
import org.jspecify.annotations.Nullable;

/** A state in a mission's jurisdiction: the whole state, or only the counties of the split note. */
public record JurisdictionRow(
        String stateCode,
        String labelJa,
        String labelEn,
        boolean wholeState,
        @Nullable String splitNote) implements Localized {}
