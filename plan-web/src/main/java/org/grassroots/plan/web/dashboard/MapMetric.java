package org.grassroots.plan.web.dashboard;

import org.grassroots.plan.persistence.dashboard.TallyDimension;
import org.jspecify.annotations.Nullable;

/**
 * What the national map colours states by: accepted reports in the period ({@code reports}), active initiatives
 * ({@code initiatives}), accepted reports of one priority area ({@code area:ENERGY}) or one interest tier
 * ({@code tier:HIGH}). Unknown values fall back to reports.
 */
record MapMetric(Kind kind, @Nullable String code) {

    enum Kind {
        REPORTS,
        INITIATIVES,
        AREA,
        TIER
    }

    static MapMetric parse(@Nullable String value) {
        if (value == null) {
            return new MapMetric(Kind.REPORTS, null);
        }
        if (value.equals("initiatives")) {
            return new MapMetric(Kind.INITIATIVES, null);
        }
        if (value.matches("(area|tier):[A-Z][A-Z0-9_]{0,39}")) {
            String[] parts = value.split(":", 2);
            return new MapMetric(parts[0].equals("area") ? Kind.AREA : Kind.TIER, parts[1]);
        }
        return new MapMetric(Kind.REPORTS, null);
    }

    TallyDimension dimension() {
        return kind == Kind.AREA ? TallyDimension.AREA : kind == Kind.TIER ? TallyDimension.TIER : TallyDimension.ALL;
    }

    public String value() {
        return switch (kind) {
            case REPORTS -> "reports";
            case INITIATIVES -> "initiatives";
            case AREA -> "area:" + code;
            case TIER -> "tier:" + code;
        };
    }
}
