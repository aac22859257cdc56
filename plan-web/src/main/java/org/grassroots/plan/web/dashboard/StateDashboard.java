package org.grassroots.plan.web.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.grassroots.plan.persistence.dashboard.DashboardPeriod;
import org.grassroots.plan.persistence.dashboard.DashboardReferenceQueries;
import org.grassroots.plan.persistence.dashboard.InitiativeList;
import org.grassroots.plan.persistence.dashboard.PlaceRow;
import org.grassroots.plan.persistence.dashboard.RecentReportQueries;
import org.grassroots.plan.persistence.dashboard.RecentReportRow;
import org.grassroots.plan.persistence.dashboard.ReportTallyQueries;
import org.grassroots.plan.persistence.dashboard.ResponsibleMissionRow;
import org.grassroots.plan.persistence.dashboard.StateDashboardQueries;
import org.grassroots.plan.persistence.dashboard.StateFigureRow;
import org.grassroots.plan.persistence.dashboard.TallyDimension;
import org.grassroots.plan.persistence.dashboard.TallyScope;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.springframework.stereotype.Component;

/** A state's page: who covers it, its characteristics and figures, initiatives, activity and gaps. */
@Component
class StateDashboard {

    private final StateDashboardQueries states;
    private final ReportTallyQueries tally;
    private final DashboardReferenceQueries reference;
    private final RecentReportQueries recent;

    StateDashboard(
            StateDashboardQueries states,
            ReportTallyQueries tally,
            DashboardReferenceQueries reference,
            RecentReportQueries recent) {
        this.states = states;
        this.tally = tally;
        this.reference = reference;
        this.recent = recent;
    }

    Optional<View> build(String code, DashboardPeriod period, LocalDate today, Locale locale) {
        var place = states.place(code);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        var scope = TallyScope.state(code);
        var areas = reference.priorityAreas();
        var byArea = Figures.bars(
                areas,
                tally.acceptedBy(TallyDimension.AREA, scope, period),
                locale,
                area -> Links.acceptedReports(code, area, period));
        var yearByArea = period.quarter() == null
                ? byArea
                : Figures.bars(
                        areas, tally.acceptedBy(TallyDimension.AREA, scope, period.wholeYear()), locale, area -> "");
        var gaps = areas.stream()
                .filter(area -> yearByArea.stream().anyMatch(bar -> bar.code().equals(area.code()) && bar.value() == 0))
                .toList();
        var byTier = Figures.bars(
                reference.interestTiers(), tally.acceptedBy(TallyDimension.TIER, scope, period), locale, tier -> "");
        var byAudience = Figures.bars(
                reference.audiences(), tally.acceptedBy(TallyDimension.AUDIENCE, scope, period), locale, a -> "");
        return Optional.of(new View(
                place.get(),
                tally.accepted(scope, period),
                states.missions(code),
                states.characteristics(code),
                states.figures(code),
                states.initiatives(code, 10),
                byArea,
                byTier,
                byAudience,
                MonthChart.last24(tally, scope, period, today),
                gaps,
                recent.accepted(code, null, period, 10),
                Links.acceptedReports(code, null, period)));
    }

    record View(
            PlaceRow place,
            long accepted,
            List<ResponsibleMissionRow> missions,
            List<CodeLabel> characteristics,
            List<StateFigureRow> figures,
            InitiativeList initiatives,
            List<Bar> byArea,
            List<Bar> byTier,
            List<Bar> byAudience,
            MonthChart timeline,
            List<CodeLabel> gaps,
            List<RecentReportRow> recentReports,
            String reportsLink) {}
}
