package org.grassroots.plan.web.activity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.grassroots.plan.core.activity.ActivityReportNotFoundException;
import org.grassroots.plan.core.activity.ActivityReportSubmission;
import org.grassroots.plan.core.activity.InvalidReportException;
import org.grassroots.plan.core.activity.ReportAccess;
import org.grassroots.plan.core.activity.ReportAccessDeniedException;
import org.grassroots.plan.core.activity.SubmitActivityReport;
import org.grassroots.plan.core.shared.FieldViolation;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.persistence.activity.ReportDetail;
import org.grassroots.plan.persistence.activity.ReportDetailQueries;
import org.grassroots.plan.persistence.activity.ReportEditQueries;
import org.grassroots.plan.persistence.activity.ReportFormOptions;
import org.grassroots.plan.persistence.activity.ReportQueries;
import org.grassroots.plan.persistence.activity.ReportRow;
import org.grassroots.plan.persistence.activity.ReportViewer;
import org.grassroots.plan.web.api.ApiPage;
import org.grassroots.plan.web.api.ApiValidationException;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports over the JSON API: the same list filters and visibility as {@code /reports} (drafts only for their
 * mission, HQ and administrators), and filing through {@link ActivityReportSubmission} with the report form's
 * own validation, so that an API client meets exactly the rules of the web form.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Activity reports of the missions")
class ReportApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final ReportQueries queries;
    private final ReportDetailQueries details;
    private final ReportEditQueries edits;
    private final ReportFormOptions options;
    private final ActivityReportSubmission submission;

    ReportApiController(
            ReportQueries queries,
            ReportDetailQueries details,
            ReportEditQueries edits,
            ReportFormOptions options,
            ActivityReportSubmission submission) {
        this.queries = queries;
        this.details = details;
        this.edits = edits;
        this.options = options;
        this.submission = submission;
    }

    @GetMapping
    @Operation(summary = "Reports the caller may see, newest activity first (filters as on /reports)")
    ApiPage<ReportRow> list(
            @ParameterObject @ModelAttribute ReportFilter filter,
            BindingResult ignoredTypos,
            @Parameter(description = "Page size, 1–100") @RequestParam(defaultValue = "25") int size,
            @AuthenticationPrincipal PortalPrincipal me) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int page = Math.max(0, filter.getPage() - 1);
        var result = queries.search(
                filter.toSearch(), new ReportViewer(me.role(), me.missionCode(), me.userId()), page, pageSize);
        return ApiPage.of(result.rows(), page + 1, pageSize, result.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One report with its timeline; a draft only for its mission, HQ and administrators")
    ReportDetail detail(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal me) {
        var report = details.detail(id).orElseThrow(() -> new ActivityReportNotFoundException(id));
        if (!ReportAccess.mayRead(
                me.role(), me.missionCode(), report.missionCode(), report.status(), report.authorId() == me.userId())) {
            throw new ReportAccessDeniedException(me.username() + " may not read report " + id);
        }
        return report;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('MISSION_REPORTER', 'HQ_EDITOR', 'ADMIN')")
    @Operation(summary = "File a report as a draft, or submitted at once with submit=true")
    ResponseEntity<ReportDetail> create(
            @Valid @RequestBody ReportForm form,
            BindingResult result,
            @RequestParam(defaultValue = "false") boolean submit,
            @AuthenticationPrincipal PortalPrincipal me) {
        var missionCode = mission(form, me, result);
        requireValid(form, result, me, missionCode);
        Long id;
        try {
            id = submission.create(form.toCreate(me.userId(), missionCode, ReportAction.of(submit)));
        } catch (InvalidReportException e) {
            throw rejected(form, result, e);
        } catch (DataIntegrityViolationException e) {
            id = edits.idBySubmissionToken(form.getSubmissionToken()).orElseThrow(() -> e);
        }
        return ResponseEntity.created(URI.create("/api/v1/reports/" + id)).body(detail(id, me));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('MISSION_REPORTER', 'HQ_EDITOR', 'ADMIN')")
    @Operation(summary = "Revise a draft or returned report seen at `version`; submit=true also submits it")
    ReportDetail update(
            @PathVariable long id,
            @Valid @RequestBody ReportForm form,
            BindingResult result,
            @RequestParam(defaultValue = "false") boolean submit,
            @AuthenticationPrincipal PortalPrincipal me) {
        var values = edits.find(id).orElseThrow(() -> new ActivityReportNotFoundException(id));
        if (!ReportAccess.mayFileFor(me.role(), me.missionCode(), values.missionCode())) {
            throw new ReportAccessDeniedException(me.username() + " may not change report " + id);
        }
        form.setMissionCode(values.missionCode());
        requireValid(form, result, me, values.missionCode());
        try {
            submission.revise(form.toRevise(me.userId(), id, ReportAction.of(submit)));
        } catch (InvalidReportException e) {
            throw rejected(form, result, e);
        }
        return detail(id, me);
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAnyRole('MISSION_REPORTER', 'HQ_EDITOR', 'ADMIN')")
    @Operation(summary = "Send a draft or returned report, seen at `version`, to HQ's review queue")
    ReportDetail submit(
            @PathVariable long id, @RequestBody VersionBody body, @AuthenticationPrincipal PortalPrincipal me) {
        submission.submit(new SubmitActivityReport(me.userId(), id, body.version()));
        return detail(id, me);
    }

    /** The version of the report the client last read, for optimistic locking. */
    record VersionBody(long version) {}

    /**
     * The mission the report is filed for: a reporter's own (naming another one is refused, 403); for HQ and
     * administrators the one named in the body, which must exist.
     */
    private String mission(ReportForm form, PortalPrincipal me, BindingResult result) {
        if (me.role() == Role.MISSION_REPORTER) {
            if (form.getMissionCode() != null && !form.getMissionCode().equals(me.missionCode())) {
                throw new ReportAccessDeniedException(me.username() + " may not file for " + form.getMissionCode());
            }
            form.setMissionCode(me.missionCode());
            return String.valueOf(me.missionCode());
        }
        var code = form.getMissionCode();
        if (code == null || options.missions().stream().noneMatch(m -> m.code().equals(code))) {
            result.rejectValue("missionCode", code == null ? "NotBlank" : "api.field.missionCode.unknown");
            throw new ApiValidationException(result);
        }
        return code;
    }

    /** The web form's check: Bean Validation, then every rule of the core at once (see ReportController). */
    private void requireValid(ReportForm form, BindingResult result, PortalPrincipal me, String missionCode) {
        if (result.hasErrors()) {
            submission.check(me.userId(), missionCode, form.toContent()).stream()
                    .filter(violation -> !result.hasFieldErrors(field(form, violation)))
                    .forEach(violation -> result.rejectValue(field(form, violation), violation.messageKey()));
            throw new ApiValidationException(result);
        }
    }

    private static ApiValidationException rejected(ReportForm form, BindingResult result, InvalidReportException e) {
        e.getViolations().forEach(violation -> result.rejectValue(field(form, violation), violation.messageKey()));
        return new ApiValidationException(result);
    }

    private static String field(ReportForm form, FieldViolation violation) {
        var field = violation.field();
        if (field.startsWith("links[")) {
            return form.linkField(Integer.parseInt(field.substring(6, field.length() - 1)));
        }
        return field;
    }
}
