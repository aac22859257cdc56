package org.grassroots.plan.persistence.activity;

import org.grassroots.plan.core.shared.Localized;

/** A name or label in both languages, as read for a report page. */
public record ReportName(String labelJa, String labelEn) implements Localized {

    static ReportName of(String labelJa, String labelEn) {
        return new ReportName(labelJa == null ? "" : labelJa, labelEn == null ? "" : labelEn);
    }
}
