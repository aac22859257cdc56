package org.grassroots.plan.persistence.initiative;

/** The columns the initiative list sorts by; the SQL for each is fixed here, never taken from a request. */
public enum InitiativeSort {
    TITLE,
    STATUS,
    FISCAL_YEAR,
    MISSION,
    UPDATED;

    /**
     * The ORDER BY clause, ending with the id so that pages are stable. Columns that are never null are sorted
     * without a NULLS clause, so that an index (e.g. on updated_at) can serve the newest-first default; the title is
     * never null (an initiative has a title in at least one language, ck_initiative_title), so both directions of
     * the title sort read the title index.
     */
    String orderBy(boolean japanese, boolean descending) {
        String direction = descending ? " DESC" : " ASC";
        String nulls = this == MISSION ? " NULLS LAST" : "";
        return column(japanese) + direction + nulls + ", i.id" + direction;
    }

    private String column(boolean japanese) {
        return switch (this) {
            case TITLE ->
                japanese ? "lower(coalesce(i.title_ja, i.title_en))" : "lower(coalesce(i.title_en, i.title_ja))";
            case STATUS -> "i.status";
            case FISCAL_YEAR -> "i.fiscal_year";
            case MISSION -> "m.sort_order";
            case UPDATED -> "i.updated_at";
        };
    }
}
