package org.grassroots.plan.core.activity;

/** HQ returns a submitted report, as last seen at {@code version}, to its mission with a comment. */
public record ReturnActivityReport(Long actorId, Long reportId, long version, String comment) {}
