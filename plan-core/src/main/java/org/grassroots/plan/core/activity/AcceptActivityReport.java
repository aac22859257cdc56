package org.grassroots.plan.core.activity;

/** HQ accepts a submitted report, as last seen at {@code version}. */
public record AcceptActivityReport(Long actorId, Long reportId, long version) {}
