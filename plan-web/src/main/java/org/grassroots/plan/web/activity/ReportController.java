package org.grassroots.plan.web.activity;

import jakarta.validation.Valid;
import org.grassroots.plan.core.activity.ActivityReportNotFoundException;
import org.grassroots.plan.core.activity.ActivityReportStatus;
import org.grassroots.plan.core.activity.ActivityReportSubmission;
import org.grassroots.plan.core.activity.DeleteActivityReportDraft;
import org.grassroots.plan.core.activity.InvalidReportException;
import org.grassroots.plan.core.activity.ReportAccess;
import org.grassroots.plan.core.activity.ReportAccessDeniedException;
import org.grassroots.plan.core.shared.FieldViolation;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.persistence.activity.ReportEditQueries;
import org.grassroots.plan.persistence.activity.ReportEditValues;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
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

/** Filing a report: the form (new and edit), save as draft or submit, and deleting a draft. */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('MISSION_REPORTER', 'HQ_EDITOR', 'ADMIN')")
class ReportController {

    private final ActivityReportSubmission submission;
    private final ReportEditQueries reports;
    private final ReportFormModel formModel;

    ReportController(ActivityReportSubmission submission, ReportEditQueries reports, ReportFormModel formModel) {
        this.submission = submission;
        this.reports = reports;
        this.formModel = formModel;
    }

    @GetMapping("/new")
    String newReport(
            @RequestParam(required = false) @Nullable String mission,
            @AuthenticationPrincipal PortalPrincipal me,
            Model model) {
        var missionCode = me.role() == Role.MISSION_REPORTER ? me.missionCode() : mission;
        if (missionCode == null) {
            model.addAttribute("missions", formModel.missions());
            return "reports/choose-mission";
        }
        var form = new ReportForm();
        form.setMissionCode(missionCode);
        model.addAttribute("reportForm", form);
        return form(model, missionCode, null);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("reportForm") ReportForm form,
            BindingResult result,
            @RequestParam(defaultValue = "draft") ReportAction action,
            @AuthenticationPrincipal PortalPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        var missionCode = me.role() == Role.MISSION_REPORTER ? me.missionCode() : form.getMissionCode();
        if (missionCode == null) {
            return "redirect:/reports/new";
        }
        form.setMissionCode(missionCode);
        if (hasErrors(form, result, me, missionCode)) {
            return form(model, missionCode, null);
        }
        Long id;
        try {
            id = submission.create(form.toCreate(me.userId(), missionCode, action));
        } catch (InvalidReportException e) {
            reject(form, result, e);
            return form(model, missionCode, null);
        } catch (DataIntegrityViolationException e) {
            id = reports.idBySubmissionToken(form.getSubmissionToken()).orElseThrow(() -> e);
        }
        redirect.addFlashAttribute("message", action.doneMessage());
        return "redirect:/reports/" + id;
    }

    @GetMapping("/{id}/edit")
    String edit(
            @PathVariable long id,
            @AuthenticationPrincipal PortalPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        var values = editable(id, me);
        if (!values.status().isEditableByMission()) {
            redirect.addFlashAttribute("reportError", "reports.refused.NOT_EDITABLE");
            return "redirect:/reports/" + id;
        }
        model.addAttribute("reportForm", ReportFormMapping.of(values));
        return form(model, values.missionCode(), id);
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("reportForm") ReportForm form,
            BindingResult result,
            @RequestParam(defaultValue = "draft") ReportAction action,
            @AuthenticationPrincipal PortalPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        var values = editable(id, me);
        form.setMissionCode(values.missionCode());
        if (hasErrors(form, result, me, values.missionCode())) {
            return form(model, values.missionCode(), id);
        }
        try {
            submission.revise(form.toRevise(me.userId(), id, action));
        } catch (InvalidReportException e) {
            reject(form, result, e);
            return form(model, values.missionCode(), id);
        }
        redirect.addFlashAttribute("message", action.doneMessage());
        return "redirect:/reports/" + id;
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(
            @PathVariable long id,
            @AuthenticationPrincipal PortalPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        var values = editable(id, me);
        if (values.status() != ActivityReportStatus.DRAFT) {
            redirect.addFlashAttribute("reportError", "reports.refused.NOT_DELETABLE");
            return "redirect:/reports/" + id;
        }
        model.addAttribute("report", values);
        return "reports/delete";
    }

    @PostMapping("/{id}/delete")
    String delete(
            @PathVariable long id,
            @RequestParam long version,
            @AuthenticationPrincipal PortalPrincipal me,
            RedirectAttributes redirect) {
        editable(id, me);
        submission.deleteDraft(new DeleteActivityReportDraft(me.userId(), id, version));
        redirect.addFlashAttribute("message", "reports.deleted");
        return me.role() == Role.MISSION_REPORTER ? "redirect:/reports/mine" : "redirect:/reports";
    }

    private ReportEditValues editable(long id, PortalPrincipal me) {
        var values = reports.find(id).orElseThrow(() -> new ActivityReportNotFoundException(id));
        if (!ReportAccess.mayFileFor(me.role(), me.missionCode(), values.missionCode())
                || !ReportAccess.mayRead(
                        me.role(),
                        me.missionCode(),
                        values.missionCode(),
                        values.status(),
                        values.authorId() == me.userId())) {
            throw new ReportAccessDeniedException(me.username() + " may not change report " + id);
        }
        return values;
    }

    /**
     * Collects every problem of the form at once. A state outside the mission's jurisdiction is a field error on
     * the state (what was typed stays), not a refusal: the service still refuses it should the check be skipped.
     */
    private boolean hasErrors(ReportForm form, BindingResult result, PortalPrincipal me, String missionCode) {
        var state = form.getStateCode();
        if (state != null && !state.isBlank() && !formModel.inJurisdiction(missionCode, state)) {
            result.rejectValue("stateCode", "reports.import.error.stateOutsideJurisdiction");
            return true;
        }
        if (result.hasErrors()) {
            submission.check(me.userId(), missionCode, form.toContent()).stream()
                    .filter(violation -> !result.hasFieldErrors(field(form, violation)))
                    .forEach(violation -> result.rejectValue(field(form, violation), violation.messageKey()));
        }
        return result.hasErrors();
    }

    private static void reject(ReportForm form, BindingResult result, InvalidReportException e) {
        e.getViolations().forEach(violation -> result.rejectValue(field(form, violation), violation.messageKey()));
    }

    private static String field(ReportForm form, FieldViolation violation) {
        var field = violation.field();
        if (field.startsWith("links[")) {
            return form.linkField(Integer.parseInt(field.substring(6, field.length() - 1)));
        }
        return field;
    }

    private String form(Model model, String missionCode, @Nullable Long reportId) {
        formModel.populate(model, missionCode);
        model.addAttribute("reportId", reportId);
        return "reports/form";
    }
}
