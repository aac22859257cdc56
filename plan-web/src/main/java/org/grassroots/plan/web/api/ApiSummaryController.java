package org.grassroots.plan.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.activity.ReportAccess;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.persistence.activity.ReportFormOptions;
import org.grassroots.plan.persistence.dashboard.AreaDashboardQueries;
import org.grassroots.plan.persistence.dashboard.CodeCount;
import org.grassroots.plan.persistence.dashboard.DashboardPeriod;
import org.grassroots.plan.persistence.dashboard.DashboardReferenceQueries;
import org.grassroots.plan.persistence.dashboard.MissionDashboardQueries;
import org.grassroots.plan.persistence.dashboard.NationalQueries;
import org.grassroots.plan.persistence.dashboard.ReportTallyQueries;
import org.grassroots.plan.persistence.dashboard.StateDashboardQueries;
import org.grassroots.plan.persistence.dashboard.TallyDimension;
import org.grassroots.plan.persistence.dashboard.TallyScope;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dashboards' figures over the API, from the queries the dashboards use (the report tally of ADR 0010): per
 * state, per priority area and per mission, for a fiscal year ({@code fy}, default the current one) or one of its
 * quarters. Report counts are accepted reports dated in the period; active initiatives are as they stand now.
 */
@RestController
@RequestMapping("/api/v1/summaries")
@Tag(name = "Summaries", description = "The dashboards' figures per state, priority area and mission")
class ApiSummaryController {

    private final ReportTallyQueries tally;
    private final NationalQueries national;
    private final StateDashboardQueries states;
    private final AreaDashboardQueries areas;
    private final MissionDashboardQueries missions;
    private final DashboardReferenceQueries reference;
    private final ReportFormOptions revisions;
    private final Clock clock;

    ApiSummaryController(
            ReportTallyQueries tally,
            NationalQueries national,
            StateDashboardQueries states,
            AreaDashboardQueries areas,
            MissionDashboardQueries missions,
            DashboardReferenceQueries reference,
            ReportFormOptions revisions,
            Clock clock) {
        this.tally = tally;
        this.national = national;
        this.states = states;
        this.areas = areas;
        this.missions = missions;
        this.reference = reference;
        this.revisions = revisions;
        this.clock = clock;
    }

    @GetMapping("/states")
    @Operation(
            summary =
                    "Every state, DC and territory: accepted reports in the period, active initiatives (national map)")
    ApiSummaries.States states(
            @Parameter(description = "Fiscal year, e.g. 2026 = April 2026 – March 2027")
                    @RequestParam(required = false)
                    @Nullable
                    Integer fy,
            @Parameter(description = "Quarter 1–4 of the fiscal year") @RequestParam(required = false) @Nullable
                    Integer quarter,
            @Parameter(description = "Only the plan revision in effect on the activity date, e.g. AP-4.0")
                    @RequestParam(required = false)
                    @Nullable
                    String revision) {
        var period = period(fy, quarter, revision);
        var accepted = byCode(tally.acceptedByState(TallyDimension.ALL, null, TallyScope.national(), period));
        var active = byCode(national.activeInitiativesByState());
        var rows = reference.places().stream()
                .map(place -> new ApiSummaries.StateCount(
                        place.code(),
                        place.kind(),
                        accepted.getOrDefault(place.code(), 0L),
                        active.getOrDefault(place.code(), 0L)))
                .toList();
        return new ApiSummaries.States(ApiSummaries.Period.of(period), ApiSummaries.SOURCE, rows);
    }

    @GetMapping("/states/{code}")
    @Operation(
            summary = "One state: accepted reports in total and per priority area, active initiatives, Japan's figures")
    ApiSummaries.State state(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable Integer fy,
            @RequestParam(required = false) @Nullable Integer quarter,
            @Parameter(description = "Only the plan revision in effect on the activity date, e.g. AP-4.0")
                    @RequestParam(required = false)
                    @Nullable
                    String revision) {
        states.place(code).orElseThrow(() -> new UnknownCodeException(code));
        var period = period(fy, quarter, revision);
        var scope = TallyScope.state(code);
        return new ApiSummaries.State(
                ApiSummaries.Period.of(period),
                code,
                tally.accepted(scope, period),
                byCode(national.activeInitiativesByState()).getOrDefault(code, 0L),
                perArea(scope, period),
                states.figures(code),
                ApiSummaries.SOURCE);
    }

    @GetMapping("/areas")
    @Operation(summary = "Accepted reports per priority area, nationally or of one mission or state")
    ApiSummaries.Areas areas(
            @RequestParam(required = false) @Nullable Integer fy,
            @RequestParam(required = false) @Nullable Integer quarter,
            @Parameter(description = "Only the plan revision in effect on the activity date, e.g. AP-4.0")
                    @RequestParam(required = false)
                    @Nullable
                    String revision,
            @RequestParam(required = false) @Nullable String mission,
            @RequestParam(required = false) @Nullable String state) {
        var period = period(fy, quarter, revision);
        return new ApiSummaries.Areas(
                ApiSummaries.Period.of(period),
                mission,
                state,
                perArea(new TallyScope(mission, state), period),
                ApiSummaries.SOURCE);
    }

    @GetMapping("/areas/{code}")
    @Operation(summary = "One priority area: accepted reports in total and per state")
    ApiSummaries.Area area(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable Integer fy,
            @RequestParam(required = false) @Nullable Integer quarter,
            @Parameter(description = "Only the plan revision in effect on the activity date, e.g. AP-4.0")
                    @RequestParam(required = false)
                    @Nullable
                    String revision) {
        areas.area(code).orElseThrow(() -> new UnknownCodeException(code));
        var period = period(fy, quarter, revision);
        var perState = counts(tally.acceptedByState(TallyDimension.AREA, code, TallyScope.national(), period));
        long total = byCode(tally.acceptedBy(TallyDimension.AREA, TallyScope.national(), period))
                .getOrDefault(code, 0L);
        return new ApiSummaries.Area(ApiSummaries.Period.of(period), code, total, perState, ApiSummaries.SOURCE);
    }

    @GetMapping("/missions/{code}")
    @Operation(summary = "One mission: accepted, awaiting review, reports by status, accepted per priority area")
    ApiSummaries.Mission mission(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable Integer fy,
            @RequestParam(required = false) @Nullable Integer quarter,
            @Parameter(description = "Only the plan revision in effect on the activity date, e.g. AP-4.0")
                    @RequestParam(required = false)
                    @Nullable
                    String revision,
            @AuthenticationPrincipal PortalPrincipal me) {
        missions.mission(code).orElseThrow(() -> new UnknownCodeException(code));
        var period = period(fy, quarter, revision);
        var scope = TallyScope.mission(code);
        var byStatus = new EnumMap<ActivityReportStatus, Long>(tally.byStatus(scope, period));
        if (!ReportAccess.mayFileFor(me.role(), me.missionCode(), code)) {
            byStatus.remove(ActivityReportStatus.DRAFT);
        }
        return new ApiSummaries.Mission(
                ApiSummaries.Period.of(period),
                code,
                tally.accepted(scope, period),
                tally.awaitingReview(scope),
                byStatus,
                perArea(scope, period),
                ApiSummaries.SOURCE);
    }

    private List<ApiSummaries.Count> perArea(TallyScope scope, DashboardPeriod period) {
        return counts(tally.acceptedBy(TallyDimension.AREA, scope, period));
    }

    private DashboardPeriod period(@Nullable Integer fy, @Nullable Integer quarter, @Nullable String revision) {
        int year = fy == null || fy < 2000 || fy > 2100
                ? FiscalYear.containing(LocalDate.now(clock)).year()
                : fy;
        if (revision != null
                && revisions.planRevisions().stream().noneMatch(r -> r.code().equals(revision))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown plan revision " + revision);
        }
        return new DashboardPeriod(
                FiscalYear.of(year), quarter == null || quarter < 1 || quarter > 4 ? null : quarter, revision);
    }

    private static List<ApiSummaries.Count> counts(List<CodeCount> counts) {
        return counts.stream()
                .filter(count -> count.code() != null)
                .map(count -> new ApiSummaries.Count(count.code(), count.count()))
                .toList();
    }

    private static Map<String, Long> byCode(List<CodeCount> counts) {
        var map = new HashMap<String, Long>();
        counts.stream().filter(count -> count.code() != null).forEach(count -> map.put(count.code(), count.count()));
        return map;
    }
}
