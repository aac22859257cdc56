package org.grassroots.plan.web.dashboard;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.grassroots.plan.persistence.dashboard.CellCount;
import org.grassroots.plan.persistence.dashboard.DashboardPeriod;
import org.grassroots.plan.persistence.dashboard.DashboardReferenceQueries;
import org.grassroots.plan.persistence.dashboard.JurisdictionRow;
import org.grassroots.plan.persistence.dashboard.MissionDashboardQueries;
import org.grassroots.plan.persistence.dashboard.ReportTallyQueries;
import org.grassroots.plan.persistence.dashboard.TallyDimension;
import org.grassroots.plan.persistence.dashboard.TallyScope;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * States × priority areas: accepted reports in the period per cell (all missions' reports in the state), each
 * cell linked to the report list filtered the same way. A mission filter keeps the states of its jurisdiction.
 */
@Component
class CoverageMatrix {

    private final ReportTallyQueries tally;
    private final DashboardReferenceQueries reference;
    private final MissionDashboardQueries missions;

    CoverageMatrix(ReportTallyQueries tally, DashboardReferenceQueries reference, MissionDashboardQueries missions) {
        this.tally = tally;
        this.reference = reference;
        this.missions = missions;
    }

    View build(DashboardPeriod period, @Nullable String missionCode, boolean byTotal, Locale locale) {
        var areas = reference.priorityAreas();
        var missionList = reference.missions();
        var mission = missionList.stream()
                .filter(candidate -> candidate.code().equals(missionCode))
                .findFirst()
                .orElse(null);
        var rowsOf = mission == null
                ? null
                : missions.jurisdiction(mission.code()).stream()
                        .map(JurisdictionRow::stateCode)
                        .collect(Collectors.toSet());
        return build(period, areas, missionList, mission, rowsOf, byTotal, locale);
    }

    private View build(
            DashboardPeriod period,
            List<CodeLabel> areas,
            List<CodeLabel> missionList,
            @Nullable CodeLabel mission,
            @Nullable Set<String> only,
            boolean byTotal,
            Locale locale) {
        var scope = TallyScope.national();
        Map<String, Long> totals = Figures.byCode(tally.acceptedByState(TallyDimension.ALL, null, scope, period));
        Map<String, Long> cells = new HashMap<>();
        for (CellCount cell : tally.acceptedByStateAndArea(scope, period)) {
            cells.put(cell.stateCode() + "|" + cell.areaCode(), cell.count());
        }
        var scale = new ColorScale(
                cells.values().stream().mapToLong(Long::longValue).max().orElse(0));
        var rows = reference.places().stream()
                .filter(place -> only == null || only.contains(place.code()))
                .map(place -> new Row(
                        place.code(),
                        place.label(locale),
                        Links.state(place.code(), period),
                        totals.getOrDefault(place.code(), 0L),
                        areas.stream()
                                .map(area -> {
                                    long value = cells.getOrDefault(place.code() + "|" + area.code(), 0L);
                                    return new Cell(
                                            area.code(),
                                            value,
                                            scale.bin(value),
                                            Links.acceptedReports(place.code(), area.code(), period));
                                })
                                .toList()))
                .sorted(
                        byTotal
                                ? Comparator.comparingLong(Row::total)
                                        .reversed()
                                        .thenComparing(Row::name)
                                : Comparator.comparing(Row::name))
                .toList();
        return new View(areas, rows, missionList, mission, byTotal, scale.legend());
    }

    record Cell(String areaCode, long value, int bin, String href) {}

    record Row(String code, String name, String href, long total, List<Cell> cells) {}

    record View(
            List<CodeLabel> areas,
            List<Row> rows,
            List<CodeLabel> missions,
            @Nullable CodeLabel mission,
            boolean byTotal,
            List<ColorScale.Step> legend) {}
}
