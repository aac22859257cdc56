package org.grassroots.plan.core.export;

/** The files of an issued summary in one language, stored as they are and never changed. */
public record SummarySnapshot(String language, byte[] pdf, byte[] xlsx) {}
