package org.grassroots.plan.web.dashboard;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.deadline.FilingStatus;
import org.grassroots.plan.persistence.activity.ReportCalendarQueries;
import org.grassroots.plan.persistence.activity.ReportFilingRow;
import org.grassroots.plan.persistence.dashboard.DashboardPeriod;
import org.grassroots.plan.persistence.dashboard.JurisdictionRow;
import org.grassroots.plan.persistence.dashboard.MissionDashboardQueries;
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

    Optional<View> build(String code, DashboardPeriod period, boolean ownMission, Locale locale) {
        var mission = missions.mission(code);
        if (mission.isEmpty()) {
            return Optional.empty();
        }
        var filing = calendar.missionCalendar(code, period.fiscalYear(), clock.instant());
        long expected =
                filing.stream().filter(row -> row.status() != FilingStatus.OPEN).count();
        long onTime = count(filing, FilingStatus.ON_TIME);
        long late = count(filing, FilingStatus.LATE);
        long missing = count(filing, FilingStatus.MISSING);
        long filed = onTime + late;
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

    private static long count(List<ReportFilingRow> filing, FilingStatus status) {
        return filing.stream().filter(row -> row.status() == status).count();
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
            List<ReportFilingRow> filing,
            Rate rate,
            Map<ActivityReportStatus, Long> byStatus,
            CoverageMatrix.View coverage,
            List<ReportFilingRow> reminders,
            List<RecentReportRow> openWork,
            boolean ownMission) {}
}
