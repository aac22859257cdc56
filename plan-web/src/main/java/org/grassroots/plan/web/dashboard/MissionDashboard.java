package org.grassroots.plan.web.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.persistence.activity.ReportCalendarQueries;
import org.grassroots.plan.persistence.activity.ReportFilingRow;
import org.grassroots.plan.persistence.dashboard.DashboardPeriod;
import org.grassroots.plan.persistence.dashboard.FilingTimeliness;
import org.grassroots.plan.persistence.dashboard.JurisdictionRow;
import org.grassroots.plan.persistence.dashboard.MissionDashboardQueries;
import org.grassroots.plan.persistence.dashboard.PeriodFilingRow;
import org.grassroots.plan.persistence.dashboard.RecentReportQueries;
import org.grassroots.plan.persistence.dashboard.RecentReportRow;
import org.grassroots.plan.persistence.dashboard.ReportTallyQueries;
import org.grassroots.plan.persistence.dashboard.TallyScope;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.springframework.stereotype.Component;

/**
 * A mission's page: jurisdiction, reporting periods with reporting rate and timeliness, reports by status, its
 * states' coverage; for the mission's own reporters first what is due or overdue and the work in their hands.
 */
@Component
class MissionDashboard {

    private final MissionDashboardQueries missions;
    private final ReportTallyQueries tally;
    private final RecentReportQueries recent;
    private final ReportCalendarQueries calendar;
    private final CoverageMatrix coverage;
    private final Clock clock;

    MissionDashboard(
            MissionDashboardQueries missions,
            ReportTallyQueries tally,
            RecentReportQueries recent,
            ReportCalendarQueries calendar,
            CoverageMatrix coverage,
            Clock clock) {
        this.clock = clock;
        this.missions = missions;
        this.tally = tally;
        this.recent = recent;
        this.calendar = calendar;
        this.coverage = coverage;
    }

    Optional<View> build(String code, DashboardPeriod period, boolean ownMission, LocalDate today, Locale locale) {
        var mission = missions.mission(code);
        if (mission.isEmpty()) {
            return Optional.empty();
        }
        var filing = missions.filing(code, period.fiscalYear().year());
        long expected = filing.stream().filter(row -> row.isExpected(today)).count();
        long filed = filing.stream().filter(row -> row.filed() > 0).count();
        long onTime = count(filing, FilingTimeliness.ON_TIME, today);
        long late = count(filing, FilingTimeliness.LATE, today);
        long missing = count(filing, FilingTimeliness.MISSING, today);
        var rate = new Rate(
                expected,
                filed,
                onTime,
                late,
                missing,
                expected == 0 ? null : (int) Math.round(100.0 * filed / expected));
        return Optional.of(new View(
                mission.get(),
                missions.jurisdiction(code),
                filing,
                rate,
                tally.byStatus(TallyScope.mission(code), period),
                coverage.build(period, code, false, locale),
                ownMission ? calendar.missionReminders(code, clock.instant()) : List.of(),
                ownMission ? recent.openWork(code, 20) : List.of(),
                ownMission));
    }

    private static long count(List<PeriodFilingRow> filing, FilingTimeliness timeliness, LocalDate today) {
        return filing.stream()
                .filter(row -> row.timeliness(today) == timeliness)
                .count();
    }

    /** Periods expected so far, filed, on time, late and missing; the reporting rate in percent (null: none due). */
    record Rate(
            long expected,
            long filed,
            long onTime,
            long late,
            long missing,
            @org.jspecify.annotations.Nullable Integer percent) {}

    record View(
            CodeLabel mission,
            List<JurisdictionRow> jurisdiction,
            List<PeriodFilingRow> filing,
            Rate rate,
            Map<ActivityReportStatus, Long> byStatus,
            CoverageMatrix.View coverage,
            List<ReportFilingRow> reminders,
            List<RecentReportRow> openWork,
            boolean ownMission) {}
}
