package org.grassroots.plan.web.initiative;

import org.jspecify.annotations.Nullable;

/**
 * The columns of the initiative spreadsheet, by header. Columns with a form field are read back on upload; label
 * columns are for reading only and ignored on upload.
 */
enum SheetColumn {
    ID("id", null),
    VERSION("version", "version"),
    TITLE_JA("title_ja", "titleJa"),
    TITLE_EN("title_en", "titleEn"),
    SUMMARY_JA("summary_ja", "summaryJa"),
    SUMMARY_EN("summary_en", "summaryEn"),
    STATUS("status", "status"),
    FISCAL_YEAR("fiscal_year", "fiscalYear"),
    START_DATE("start_date", "startDate"),
    END_DATE("end_date", "endDate"),
    NATIONWIDE("nationwide", "nationwide"),
    LEAD_MISSION("lead_mission", "leadMission"),
    INTEREST_TIER("interest_tier", "interestTier"),
    PRIORITY_AREAS("priority_areas", "priorityAreas"),
    SECTORS("sectors", "sectors"),
    REGIONAL_APPROACHES("regional_approaches", "regionalApproaches"),
    AUDIENCES("audiences", "audiences"),
    STATES("states", "states"),
    LEAD_MISSION_LABEL("lead_mission_label", null),
    PRIORITY_AREAS_LABEL("priority_areas_label", null),
    STATES_LABEL("states_label", null);

    private final String header;
    private final @Nullable String field;

    SheetColumn(String header, @Nullable String field) {
        this.header = header;
        this.field = field;
    }

    String header() {
        return header;
    }

    /** The form field this column fills, or null for the id and the label columns. */
    @Nullable
    String field() {
        return field;
    }

    static @Nullable SheetColumn byField(String field) {
        for (SheetColumn column : values()) {
            if (field.equals(column.field)) {
                return column;
            }
        }
        return null;
    }

    static @Nullable SheetColumn byHeader(String header) {
        for (SheetColumn column : values()) {
            if (column.header.equalsIgnoreCase(header.trim())) {
                return column;
            }
        }
        return null;
    }
}
