package org.grassroots.plan.core.activity;

/** Deletes a draft report, as last seen at {@code version}. */
public record DeleteActivityReportDraft(Long actorId, Long reportId, long version) {}
