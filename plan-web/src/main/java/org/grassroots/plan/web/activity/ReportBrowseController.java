package org.grassroots.plan.web.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.grassroots.plan.core.activity.ActivityReportNotFoundException;
import org.grassroots.plan.core.activity.ActivityReportReview;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.activity.ReportAccess;
import org.grassroots.plan.core.activity.ReportAccessDeniedException;
import org.grassroots.plan.core.activity.ReportingPeriodProvisioning;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.persistence.activity.ReportCalendarQueries;
import org.grassroots.plan.persistence.activity.ReportDetailQueries;
import org.grassroots.plan.persistence.activity.ReportFormOptions;
import org.grassroots.plan.persistence.activity.ReportQueries;
import org.grassroots.plan.persistence.activity.ReportRow;
import org.grassroots.plan.persistence.activity.ReportViewer;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Reading reports: the filtered list, a report's page with its timeline, and a reporter's mission page. */
@Controller
@RequestMapping("/reports")
class ReportBrowseController {

    static final int PAGE_SIZE = 25;
    static final int ACCEPTED_ON_MISSION_PAGE = 20;

    private final ReportQueries queries;
    private final ReportDetailQueries details;
    private final ReportCalendarQueries calendar;
    private final ReportFormOptions options;
    private final ActivityReportReview review;
    private final Clock clock;
    private final ReportChangeLabels changeLabels;
    private final ReportingPeriodProvisioning provisioning;
    private final ReportNames names;

    ReportBrowseController(
            ReportQueries queries,
            ReportDetailQueries details,
            ReportCalendarQueries calendar,
            ReportFormOptions options,
            ActivityReportReview review,
            Clock clock,
            ReportChangeLabels changeLabels,
            ReportingPeriodProvisioning provisioning,
            ReportNames names) {
        this.queries = queries;
        this.details = details;
        this.calendar = calendar;
        this.options = options;
        this.review = review;
        this.clock = clock;
        this.changeLabels = changeLabels;
        this.provisioning = provisioning;
        this.names = names;
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") ReportFilter filter,
            BindingResult ignoredTypos,
            @AuthenticationPrincipal PortalPrincipal me,
            Model model) {
        var viewer = new ReportViewer(me.role(), me.missionCode(), me.userId());
        model.addAttribute("reports", queries.search(filter.toSearch(), viewer, filter.getPage(), PAGE_SIZE));
        model.addAttribute("missions", options.missions());
        model.addAttribute("states", options.states());
        model.addAttribute("priorityAreas", options.leafPriorityAreas());
        model.addAttribute("planRevisions", options.planRevisions());
        model.addAttribute("statuses", ActivityReportStatus.values());
        int currentYear = FiscalYear.containing(LocalDate.now(clock)).year();
        model.addAttribute(
                "fiscalYears",
                IntStream.rangeClosed(2017, currentYear)
                        .map(y -> currentYear + 2017 - y)
                        .boxed()
                        .toList());
        return "reports/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal me, Model model, Locale locale) {
        var report = details.detail(id).orElseThrow(() -> new ActivityReportNotFoundException(id));
        if (!ReportAccess.mayRead(
                me.role(), me.missionCode(), report.missionCode(), report.status(), report.authorId() == me.userId())) {
            throw new ReportAccessDeniedException(me.username() + " may not read report " + id);
        }
        boolean mission = ReportAccess.mayFileFor(me.role(), me.missionCode(), report.missionCode());
        model.addAttribute("report", report);
        model.addAttribute("reportName", names.of(report, locale));
        model.addAttribute("mayEdit", mission && report.status().isEditableByMission());
        model.addAttribute("mayDelete", mission && report.status() == ActivityReportStatus.DRAFT);
        model.addAttribute(
                "mayReview",
                ReportAccess.mayReview(me.role()) && report.status().isAwaitingReview());
        model.addAttribute("ownWork", me.userId() == report.authorId() || me.userId() == report.lastModifiedById());
        model.addAttribute(
                "mayReopen", ReportAccess.mayReopen(me.role()) && report.status() == ActivityReportStatus.ACCEPTED);
        model.addAttribute(
                "changes",
                report.status() == ActivityReportStatus.RESUBMITTED
                        ? changeLabels.label(review.changesSinceReturn(id), locale)
                        : List.of());
        return "reports/detail";
    }

    @GetMapping("/mine")
    @PreAuthorize("hasRole('MISSION_REPORTER')")
    String mine(@AuthenticationPrincipal PortalPrincipal me, Model model) {
        var missionCode = me.missionCode();
        var now = clock.instant();
        var today = LocalDate.now(clock);
        var fiscalYear = FiscalYear.containing(today);
        int quarter = FiscalYear.quarterOf(today);
        provisioning.ensure(fiscalYear);
        List<ReportRow> reports = queries.missionReports(missionCode, ACCEPTED_ON_MISSION_PAGE);
        section(model, "drafts", reports, ActivityReportStatus.DRAFT);
        section(model, "returned", reports, ActivityReportStatus.RETURNED);
        section(model, "submitted", reports, ActivityReportStatus.SUBMITTED, ActivityReportStatus.RESUBMITTED);
        section(model, "accepted", reports, ActivityReportStatus.ACCEPTED);
        model.addAttribute("fiscalYear", fiscalYear);
        model.addAttribute("quarter", quarter);
        model.addAttribute(
                "counts",
                calendar.missionCounts(
                        missionCode, fiscalYear, fiscalYear.quarterStart(quarter), fiscalYear.quarterEnd(quarter)));
        model.addAttribute("periods", calendar.missionCalendar(missionCode, fiscalYear, now));
        model.addAttribute("reminders", calendar.missionReminders(missionCode, now));
        model.addAttribute("missionCode", missionCode);
        model.addAttribute("acceptedLimit", ACCEPTED_ON_MISSION_PAGE);
        return "reports/mine";
    }

    /** The section's first rows as {@code name}, and {@code nameMore} when the mission has more of them. */
    private static void section(Model model, String name, List<ReportRow> reports, ActivityReportStatus... statuses) {
        var wanted = List.of(statuses);
        var rows = reports.stream().filter(row -> wanted.contains(row.status())).toList();
        model.addAttribute(name, rows.subList(0, Math.min(rows.size(), ACCEPTED_ON_MISSION_PAGE)));
        model.addAttribute(name + "More", rows.size() > ACCEPTED_ON_MISSION_PAGE);
    }
}
