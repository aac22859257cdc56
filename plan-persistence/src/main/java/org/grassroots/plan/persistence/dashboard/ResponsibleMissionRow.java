package org.grassroots.plan.persistence.dashboard;

import org.grassroots.plan.core.shared.Localized;
import org.jspecify.annotations.Nullable;

/** A mission responsible for a state: the whole state, or only the counties of the split note. */
public record ResponsibleMissionRow(
        String missionCode,
        String labelJa,
        String labelEn,
        String stateCode,
        boolean wholeState,
        @Nullable String splitNote)
        implements Localized {}
