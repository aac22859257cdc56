package org.grassroots.plan.persistence.dashboard;

import org.jspecify.annotations.Nullable;

/** Which reports a figure counts: all, one mission's, one state's, or one mission's in one state. */
public record TallyScope(
        @Nullable String missionCode, @Nullable String stateCode) {

    public static TallyScope national() {
        return new TallyScope(null, null);
    }

    public static TallyScope mission(String missionCode) {
        return new TallyScope(missionCode, null);
    }

    public static TallyScope state(String stateCode) {
        return new TallyScope(null, stateCode);
    }
}
