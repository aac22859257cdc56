package org.grassroots.plan.core.deadline;

/** Where a mission stands for one reporting period. */
public enum FilingStatus {
    /** First filed before the deadline passed. */
    ON_TIME,
    /** First filed after the deadline passed. */
    LATE,
    /** Not filed, and the deadline has passed. */
    MISSING,
    /** Not filed yet, and the deadline has not passed. */
    OPEN;

    public boolean isFiled() {
        return this == ON_TIME || this == LATE;
    }
}
