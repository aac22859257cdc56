package org.grassroots.plan.core.user;

/** What a portal user may do. */
public enum Role {
    /** Everything, plus users, reference data and exports. */
    ADMIN,
    /** Ministry staff: create and edit initiatives anywhere, review reports. */
    HQ_EDITOR,
    /** Consulate staff: file reports for their own mission's jurisdiction. */
    MISSION_REPORTER,
    /** Read only. */
    VIEWER;

    public boolean requiresMission() {
        return this == MISSION_REPORTER;
    }
}
