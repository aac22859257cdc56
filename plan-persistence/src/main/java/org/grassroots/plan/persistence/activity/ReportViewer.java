package org.grassroots.plan.persistence.activity;

import org.grassroots.plan.core.user.Role;
import org.jspecify.annotations.Nullable;

/** Who is looking at report lists: drafts are shown only to their mission, HQ editors and administrators. */
public record ReportViewer(Role role, @Nullable String missionCode) {

    boolean seesAllDrafts() {
        return role == Role.ADMIN || role == Role.HQ_EDITOR;
    }
}
