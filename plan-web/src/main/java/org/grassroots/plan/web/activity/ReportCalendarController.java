package org.grassroots.plan.web.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import org.grassroots.plan.core.activity.InvalidReportException;
import org.grassroots.plan.core.activity.MoveReportingDueDate;
import org.grassroots.plan.core.activity.ReportingCalendar;
import org.grassroots.plan.core.activity.ReportingPeriodNotFoundException;
import org.grassroots.plan.core.activity.ReportingPeriodProvisioning;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.persistence.activity.ReportCalendarQueries;
import org.grassroots.plan.persistence.activity.ReportingPeriodRow;
import org.grassroots.plan.web.config.PageStateInterceptor;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HQ's reporting calendar: the periods and due dates of a fiscal year, and which missions have filed for a period. */
@Controller
@RequestMapping("/reports/calendar")
@PreAuthorize("hasAnyRole('HQ_EDITOR', 'ADMIN')")
class ReportCalendarController {

    private final ReportCalendarQueries calendar;
    private final ReportingCalendar reportingCalendar;
    private final ReportingPeriodProvisioning provisioning;
    private final Clock clock;

    ReportCalendarController(
            ReportCalendarQueries calendar,
            ReportingCalendar reportingCalendar,
            ReportingPeriodProvisioning provisioning,
            Clock clock) {
        this.calendar = calendar;
        this.reportingCalendar = reportingCalendar;
        this.provisioning = provisioning;
        this.clock = clock;
    }

    /** The board of a period (default: today's in Tokyo, or the first quarter of {@code fy}). */
    @GetMapping
    String board(
            @RequestParam(required = false) @Nullable Long period,
            @RequestParam(required = false) @Nullable Integer fy,
            Model model) {
        var now = clock.instant();
        var today = LocalDate.now(clock);
        if (fy != null && (fy < 2017 || fy > 2999)) {
            throw new ReportingPeriodNotFoundException(0L);
        }
        var asked = fy == null ? FiscalYear.containing(today) : FiscalYear.of(fy);
        provisioning.ensure(asked);
        ReportingPeriodRow shown;
        if (period != null) {
            shown = calendar.period(period).orElseThrow(() -> new ReportingPeriodNotFoundException(period));
        } else {
            var day = fy == null ? today : asked.start();
            shown = calendar.periodOn(day).orElseThrow(() -> new ReportingPeriodNotFoundException(0L));
        }
        var fiscalYear = FiscalYear.of(shown.fiscalYear());
        model.addAttribute("period", shown);
        model.addAttribute("today", today);
        model.addAttribute("board", calendar.board(shown, now));
        model.addAttribute("timeliness", TimelinessTable.of(calendar.timeliness(fiscalYear, now)));
        model.addAttribute("fiscalYear", fiscalYear);
        var periods = new ArrayList<ReportingPeriodRow>();
        var previousYear = calendar.periods(fiscalYear.previous());
        if (!previousYear.isEmpty()) {
            periods.add(previousYear.get(previousYear.size() - 1));
        }
        periods.addAll(calendar.periods(fiscalYear));
        model.addAttribute("periods", periods);
        return "reports/calendar";
    }

    @PostMapping("/{id}")
    String moveDueDate(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn,
            @AuthenticationPrincipal PortalPrincipal me,
            RedirectAttributes redirect) {
        if (dueOn == null) {
            rejectDueDate(redirect, id, "reports.error.required");
            return "redirect:/reports/calendar?period=" + id;
        }
        try {
            reportingCalendar.moveDueDate(new MoveReportingDueDate(me.userId(), id, version, dueOn));
            redirect.addFlashAttribute("message", "reports.calendar.saved");
        } catch (InvalidReportException e) {
            rejectDueDate(redirect, id, e.getViolations().get(0).messageKey());
        }
        return "redirect:/reports/calendar?period=" + id;
    }

    /** The period's due date was refused: the calendar shows the error at that period's date field. */
    private static void rejectDueDate(RedirectAttributes redirect, long periodId, String messageKey) {
        redirect.addFlashAttribute("reportError", messageKey);
        redirect.addFlashAttribute("dueErrorPeriod", periodId);
        redirect.addFlashAttribute(PageStateInterceptor.FORM_REJECTED, true);
    }
}
