package org.grassroots.plan.persistence.reporting;

/** The columns the initiative list sorts by; the SQL for each is fixed here, never taken from a request. */
public enum InitiativeSort {
    TITLE,
    STATUS,
    FISCAL_YEAR,
    MISSION,
    UPDATED;

    String orderBy(boolean japanese) {
        return switch (this) {
            case TITLE -> japanese
                    ? "lower(coalesce(i.title_ja, i.title_en))"
                    : "lower(coalesce(i.title_en, i.title_ja))";
            case STATUS -> "i.status";
            case FISCAL_YEAR -> "i.fiscal_year";
            case MISSION -> "m.sort_order";
            case UPDATED -> "i.updated_at";
        };
    }
}
