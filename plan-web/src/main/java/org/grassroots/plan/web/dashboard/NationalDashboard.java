package org.grassroots.plan.web.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grassroots.plan.persistence.dashboard.DashboardPeriod;
import org.grassroots.plan.persistence.dashboard.DashboardReferenceQueries;
import org.grassroots.plan.persistence.dashboard.NationalQueries;
import org.grassroots.plan.persistence.dashboard.PlaceRow;
import org.grassroots.plan.persistence.dashboard.ReportTallyQueries;
import org.grassroots.plan.persistence.dashboard.TallyDimension;
import org.grassroots.plan.persistence.dashboard.TallyScope;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The national overview: headline figures, the map, bars per priority area, reports per month. */
@Component
class NationalDashboard {

    private final ReportTallyQueries tally;
    private final NationalQueries national;
    private final DashboardReferenceQueries reference;
    private final UsMap map;

    NationalDashboard(
            ReportTallyQueries tally, NationalQueries national, DashboardReferenceQueries reference, UsMap map) {
        this.tally = tally;
        this.national = national;
        this.reference = reference;
        this.map = map;
    }

    View build(DashboardPeriod period, MapMetric metric, java.time.LocalDate today, Locale locale) {
        var scope = TallyScope.national();
        List<PlaceRow> places = reference.places();
        List<CodeLabel> areas = reference.priorityAreas();
        List<CodeLabel> tiers = reference.interestTiers();
        var inPeriod = Figures.byCode(tally.acceptedByState(TallyDimension.ALL, null, scope, period));
        var inYear = period.quarter() == null
                ? inPeriod
                : Figures.byCode(tally.acceptedByState(TallyDimension.ALL, null, scope, period.wholeYear()));
        long statesAndDc = places.stream().filter(PlaceRow::isStateOrDistrict).count();
        long reached = places.stream()
                .filter(PlaceRow::isStateOrDistrict)
                .filter(place -> inPeriod.getOrDefault(place.code(), 0L) > 0)
                .count();
        List<PlaceRow> silent = places.stream()
                .filter(PlaceRow::isStateOrDistrict)
                .filter(place -> inYear.getOrDefault(place.code(), 0L) == 0)
                .toList();
        var headline = new Headline(
                national.activeInitiatives(),
                tally.accepted(scope, period),
                tally.accepted(scope, period.previousYear()),
                reached,
                statesAndDc,
                silent,
                tally.awaitingReview(scope),
                national.oldestAwaitingSince().orElse(null));
        Map<String, Long> mapValues = switch (metric.kind()) {
            case REPORTS -> inPeriod;
            case INITIATIVES -> Figures.byCode(national.activeInitiativesByState());
            case AREA, TIER -> Figures.byCode(tally.acceptedByState(metric.dimension(), metric.code(), scope, period));
        };
        var choropleth = map.render(places, mapValues, code -> Links.state(code, period), locale);
        var areaBars = Figures.bars(
                areas, tally.acceptedBy(TallyDimension.AREA, scope, period), locale, code -> Links.area(code, period));
        var months = MonthChart.last24(tally, scope, period, today);
        return new View(headline, metric, choropleth, areaBars, months, areas, tiers);
    }

    record Headline(
            long activeInitiatives,
            long accepted,
            long acceptedPreviousYear,
            long statesReached,
            long statesAndDc,
            List<PlaceRow> statesWithoutActivity,
            long awaitingReview,
            @Nullable Instant oldestAwaitingSince) {}

    record View(
            Headline headline,
            MapMetric metric,
            UsMap.ChoroplethView map,
            List<Bar> areaBars,
            MonthChart months,
            List<CodeLabel> areas,
            List<CodeLabel> tiers) {}
}
