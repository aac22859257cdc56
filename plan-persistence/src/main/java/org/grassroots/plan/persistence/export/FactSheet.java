package org.grassroots.plan.persistence.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.jspecify.annotations.Nullable;

/**
 * What a state's fact sheet shows: the state's published figures (each with year and source), the national figures
 * (shown where the state has none of its own), the missions covering it and its latest accepted activities.
 */
public record FactSheet(
        CodeLabel state,
        List<Figure> stateFigures,
        List<Figure> nationalFigures,
        List<CodeLabel> missions,
        List<Activity> recentActivities) {

    /** A published figure; {@code year} null where the source gives none. */
    public record Figure(
            String metric,
            @Nullable BigDecimal value,
            @Nullable String valueText,
            @Nullable String unit,
            @Nullable Integer year,
            String source) {}

    /** An accepted activity report, shortened for the sheet. */
    public record Activity(
            LocalDate date,
            String activityType,
            @Nullable String city,
            @Nullable Integer participants,
            String summary) {}
}
