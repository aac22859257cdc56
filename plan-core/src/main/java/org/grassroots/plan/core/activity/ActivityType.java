package org.grassroots.plan.core.activity;

/** What kind of activity a report describes. */
public enum ActivityType {
    OFFICIALS_MEETING,
    SEMINAR_EVENT,
    BUSINESS_VISIT,
    MEDIA,
    CULTURAL_EDUCATIONAL,
    SISTER_CITY,
    OTHER
}
