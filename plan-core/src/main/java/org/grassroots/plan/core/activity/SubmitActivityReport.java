package org.grassroots.plan.core.activity;

/** Sends a draft or returned report, as last seen at {@code version}, to HQ's review queue. */
public record SubmitActivityReport(Long actorId, Long reportId, long version) {}
