package org.grassroots.plan.web.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.persistence.dashboard.DashboardPeriod;
import org.grassroots.plan.persistence.dashboard.StateFigureRow;
import org.jspecify.annotations.Nullable;

/** The summaries the API answers with; every count says which period it covers and what it counts. */
final class ApiSummaries {

    static final String SOURCE =
            "Activity reports accepted by HQ in the Grassroots Plan Portal, dated in the period (report tally)";

    private ApiSummaries() {}

    /** The period a summary counts: a fiscal year (April–March) or one of its quarters, with its first and last day. */
    record Period(int fiscalYear, @Nullable Integer quarter, LocalDate firstDay, LocalDate lastDay) {

        static Period of(DashboardPeriod period) {
            return new Period(period.fiscalYear().year(), period.quarter(), period.firstDay(), period.lastDay());
        }
    }

    /** A code (state, priority area) with its count. */
    record Count(String code, long count) {}

    /** One state, DC or territory ({@code kind}): accepted reports in the period, active initiatives now. */
    record StateCount(String stateCode, String kind, long acceptedReports, long activeInitiatives) {}

    record States(Period period, String source, List<StateCount> states) {}

    record State(
            Period period,
            String stateCode,
            long acceptedReports,
            long activeInitiatives,
            List<Count> acceptedByArea,
            List<StateFigureRow> japanFigures,
            String source) {}

    record Areas(
            Period period,
            @Nullable String missionCode,
            @Nullable String stateCode,
            List<Count> acceptedByArea,
            String source) {}

    record Area(Period period, String areaCode, long acceptedReports, List<Count> acceptedByState, String source) {}

    /** Reports by status: drafts are counted only for callers who may see the mission's drafts. */
    record Mission(
            Period period,
            String missionCode,
            long acceptedReports,
            long awaitingReview,
            Map<ActivityReportStatus, Long> reportsByStatus,
            List<Count> acceptedByArea,
            String source) {}
}
