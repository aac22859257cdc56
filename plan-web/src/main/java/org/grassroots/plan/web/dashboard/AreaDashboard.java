package org.grassroots.plan.web.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.grassroots.plan.persistence.dashboard.AreaDashboardQueries;
import org.grassroots.plan.persistence.dashboard.AreaRow;
import org.grassroots.plan.persistence.dashboard.DashboardPeriod;
import org.grassroots.plan.persistence.dashboard.DashboardReferenceQueries;
import org.grassroots.plan.persistence.dashboard.InitiativeList;
import org.grassroots.plan.persistence.dashboard.RecentReportQueries;
import org.grassroots.plan.persistence.dashboard.RecentReportRow;
import org.grassroots.plan.persistence.dashboard.ReportTallyQueries;
import org.grassroots.plan.persistence.dashboard.TallyDimension;
import org.grassroots.plan.persistence.dashboard.TallyScope;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.springframework.stereotype.Component;

/** A priority area's page: its sectors, the map of its activity, initiatives against targets, recent reports. */
@Component
class AreaDashboard {

    private final AreaDashboardQueries areas;
    private final ReportTallyQueries tally;
    private final DashboardReferenceQueries reference;
    private final RecentReportQueries recent;
    private final UsMap map;

    AreaDashboard(
            AreaDashboardQueries areas,
            ReportTallyQueries tally,
            DashboardReferenceQueries reference,
            RecentReportQueries recent,
            UsMap map) {
        this.areas = areas;
        this.tally = tally;
        this.reference = reference;
        this.recent = recent;
        this.map = map;
    }

    Optional<View> build(String code, DashboardPeriod period, Locale locale) {
        var area = areas.area(code);
        if (area.isEmpty()) {
            return Optional.empty();
        }
        var byState = Figures.byCode(tally.acceptedByState(TallyDimension.AREA, code, TallyScope.national(), period));
        var choropleth =
                map.render(reference.places(), byState, state -> Links.acceptedReports(state, code, period), locale);
        return Optional.of(new View(
                area.get(),
                byState.values().stream().mapToLong(Long::longValue).sum(),
                areas.sectors(code),
                choropleth,
                areas.initiatives(code, period.fiscalYear().year(), 20),
                recent.accepted(null, code, period, 10),
                Links.acceptedReports(null, code, period)));
    }

    record View(
            AreaRow area,
            long acceptedInStates,
            List<CodeLabel> sectors,
            UsMap.ChoroplethView map,
            InitiativeList initiatives,
            List<RecentReportRow> recentReports,
            String reportsLink) {}
}
