package org.grassroots.plan.web.activity;

import org.grassroots.plan.core.activity.AcceptActivityReport;
import org.grassroots.plan.core.activity.ActivityReportReview;
import org.grassroots.plan.core.activity.ActivityReportSubmission;
import org.grassroots.plan.core.activity.IllegalReportTransitionException;
import org.grassroots.plan.core.activity.ReopenActivityReport;
import org.grassroots.plan.core.activity.ReturnActivityReport;
import org.grassroots.plan.core.activity.SubmitActivityReport;
import org.grassroots.plan.persistence.activity.ReportFormOptions;
import org.grassroots.plan.persistence.activity.ReportQueries;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moving a report through the workflow from its page: the mission submits; HQ accepts or returns with a comment;
 * an administrator reopens an accepted report with a reason. Plus HQ's review queue, oldest first.
 */
@Controller
@RequestMapping("/reports")
class ReportReviewController {

    static final int PAGE_SIZE = ReportBrowseController.PAGE_SIZE;
    static final int MAX_COMMENT = 2000;

    private final ActivityReportReview review;
    private final ActivityReportSubmission submission;
    private final ReportQueries queries;
    private final ReportFormOptions options;

    ReportReviewController(
            ActivityReportReview review,
            ActivityReportSubmission submission,
            ReportQueries queries,
            ReportFormOptions options) {
        this.review = review;
        this.submission = submission;
        this.queries = queries;
        this.options = options;
    }

    @GetMapping("/review")
    @PreAuthorize("hasAnyRole('HQ_EDITOR', 'ADMIN')")
    String queue(@ModelAttribute("filter") ReportFilter filter, BindingResult ignoredTypos, Model model) {
        model.addAttribute("reports", queries.reviewQueue(filter.toSearch(), filter.getPage(), PAGE_SIZE));
        model.addAttribute("missions", options.missions());
        model.addAttribute("states", options.states());
        model.addAttribute("priorityAreas", options.leafPriorityAreas());
        return "reports/review";
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAnyRole('MISSION_REPORTER', 'HQ_EDITOR', 'ADMIN')")
    String submit(
            @PathVariable long id,
            @RequestParam long version,
            @AuthenticationPrincipal PortalPrincipal me,
            RedirectAttributes redirect) {
        return transition(
                id,
                redirect,
                "reports.submitted",
                () -> submission.submit(new SubmitActivityReport(me.userId(), id, version)));
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasAnyRole('HQ_EDITOR', 'ADMIN')")
    String accept(
            @PathVariable long id,
            @RequestParam long version,
            @AuthenticationPrincipal PortalPrincipal me,
            RedirectAttributes redirect) {
        return transition(
                id,
                redirect,
                "reports.accepted",
                () -> review.accept(new AcceptActivityReport(me.userId(), id, version)));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAnyRole('HQ_EDITOR', 'ADMIN')")
    String returnToMission(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String comment,
            @AuthenticationPrincipal PortalPrincipal me,
            RedirectAttributes redirect) {
        if (!isGiven(comment, redirect, "returnComment")) {
            return "redirect:/reports/" + id + "#return";
        }
        return transition(
                id,
                redirect,
                "reports.returned",
                () -> review.returnToMission(new ReturnActivityReport(me.userId(), id, version, comment)));
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize("hasRole('ADMIN')")
    String reopen(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String reason,
            @AuthenticationPrincipal PortalPrincipal me,
            RedirectAttributes redirect) {
        if (!isGiven(reason, redirect, "reopenReason")) {
            return "redirect:/reports/" + id + "#reopen";
        }
        return transition(
                id,
                redirect,
                "reports.reopened",
                () -> review.reopen(new ReopenActivityReport(me.userId(), id, version, reason)));
    }

    /** Checks a required comment; if missing or too long, keeps what was typed and the error for the report page. */
    private static boolean isGiven(@Nullable String text, RedirectAttributes redirect, String field) {
        String error = text == null
                ? "reports.error.required"
                : text.length() > MAX_COMMENT ? "reports.error.commentTooLong" : null;
        if (error != null) {
            redirect.addFlashAttribute(field + "Error", error);
            redirect.addFlashAttribute(field, text);
        }
        return error == null;
    }

    private static String transition(long id, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", success);
        } catch (IllegalReportTransitionException e) {
            redirect.addFlashAttribute("reportError", "reports.refused." + e.getReason());
        }
        return "redirect:/reports/" + id;
    }
}
