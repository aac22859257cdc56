package org.grassroots.plan.core.activity;

/** An administrator opens an accepted report, as last seen at {@code version}, again, giving a reason. */
public record ReopenActivityReport(Long actorId, Long reportId, long version, String reason) {}
