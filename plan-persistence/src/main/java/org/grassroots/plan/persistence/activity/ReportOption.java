package org.grassroots.plan.persistence.activity;

import org.grassroots.plan.core.shared.Localized;

/** A choice in a report form or filter: the value sent and its label in both languages. */
public record ReportOption(String code, String labelJa, String labelEn) implements Localized {}
