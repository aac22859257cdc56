package org.grassroots.plan.persistence.activity;

import org.grassroots.plan.core.user.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who is looking at report lists. Drafts belong to their mission until submitted: they are listed for the
 * mission's reporters, for the HQ editor who started one on the mission's behalf, and for administrators (support).
 */
public record ReportViewer(Role role, @Nullable String missionCode, long userId) {

    boolean seesAllDrafts() {
        return role == Role.ADMIN;
    }
}
