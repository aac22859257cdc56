package org.grassroots.plan.web.activity;

import org.grassroots.plan.core.activity.IllegalReportTransitionException;
import org.grassroots.plan.core.activity.ReportAccessDeniedException;
import org.grassroots.plan.core.activity.StaleReportException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The report pages' answers to refused actions: 403 when the user may not act on the report or for the
 * mission, 409 when someone changed it meanwhile or the workflow does not allow the step.
 */
@ControllerAdvice(basePackageClasses = ReportExceptionAdvice.class)
class ReportExceptionAdvice {

    @ExceptionHandler(ReportAccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String accessDenied() {
        return "error/403";
    }

    @ExceptionHandler(StaleReportException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String stale() {
        return "error/409";
    }

    @ExceptionHandler(IllegalReportTransitionException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(IllegalReportTransitionException e, Model model) {
        model.addAttribute("reason", "reports.refused." + e.getReason());
        return "reports/refused";
    }
}
