package org.grassroots.plan.core.reference;

/** A code of maintained reference data as stored: labels in both languages, offered in forms or not, version. */
public record LabelledCode(String code, String labelJa, String labelEn, boolean active, long version) {}
