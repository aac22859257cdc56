package org.grassroots.plan.web.api;

import jakarta.servlet.http.HttpServletRequest;
import org.grassroots.plan.core.activity.IllegalReportTransitionException;
import org.grassroots.plan.core.activity.ReportAccessDeniedException;
import org.grassroots.plan.core.activity.StaleReportException;
import org.grassroots.plan.core.initiative.InitiativeArchivedException;
import org.grassroots.plan.core.initiative.InitiativeChangedException;
import org.grassroots.plan.core.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of an API endpoint as an RFC 9457 problem in the client's language: 400 unreadable, 403 refused,
 * 404 unknown, 409 changed meanwhile or not allowed in the report's state, 415 not JSON, 422 invalid fields, 500
 * anything else (logged; its message never reaches the client). Ordered first so that the feature packages'
 * page-rendering advice never answers an API request.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionAdvice.class);

    private final ApiProblems problems;

    ApiExceptionAdvice(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiValidationException.class)
    ResponseEntity<ProblemDetail> invalid(ApiValidationException e, HttpServletRequest request) {
        return answer(problems.invalid(e.getErrors(), request));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return answer(problems.problem(ApiProblem.NOT_FOUND, request));
    }

    @ExceptionHandler({ReportAccessDeniedException.class, AccessDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden(HttpServletRequest request) {
        return answer(problems.problem(ApiProblem.FORBIDDEN, request));
    }

    @ExceptionHandler({
        StaleReportException.class,
        InitiativeChangedException.class,
        ObjectOptimisticLockingFailureException.class
    })
    ResponseEntity<ProblemDetail> stale(HttpServletRequest request) {
        return answer(problems.problem(ApiProblem.CONFLICT, "api.problem.conflict.stale", request));
    }

    @ExceptionHandler(IllegalReportTransitionException.class)
    ResponseEntity<ProblemDetail> transition(IllegalReportTransitionException e, HttpServletRequest request) {
        var problem = problems.problem(ApiProblem.CONFLICT, "reports.refused." + e.getReason(), request);
        problem.setProperty("reason", String.valueOf(e.getReason()));
        return answer(problem);
    }

    @ExceptionHandler(InitiativeArchivedException.class)
    ResponseEntity<ProblemDetail> archived(HttpServletRequest request) {
        return answer(problems.problem(ApiProblem.CONFLICT, "api.problem.conflict.archived", request));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(HttpServletRequest request) {
        return answer(problems.problem(ApiProblem.CONFLICT, request));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e, HttpServletRequest request) {
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(problems.problem(ApiProblem.INTERNAL, request));
    }

    /** Spring MVC's own errors (unreadable JSON, wrong media type, wrong method, …) in the same form. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        if (servletRequest == null) {
            return super.handleExceptionInternal(e, body, headers, status, request);
        }
        ProblemDetail problem = e instanceof MethodArgumentNotValidException invalid
                ? problems.invalid(invalid.getBindingResult(), servletRequest)
                : problems.problem(ApiProblem.of(status.value()), servletRequest);
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
