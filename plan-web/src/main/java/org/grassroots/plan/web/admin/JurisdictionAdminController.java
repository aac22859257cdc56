package org.grassroots.plan.web.admin;

import org.grassroots.plan.core.jurisdiction.InvalidJurisdictionChangeException;
import org.grassroots.plan.core.jurisdiction.JurisdictionAdministration;
import org.grassroots.plan.core.jurisdiction.MoveJurisdiction;
import org.grassroots.plan.persistence.activity.ReportFormOptions;
import org.grassroots.plan.persistence.jurisdiction.JurisdictionAdminQueries;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators see which mission covers each state and each county of a split state, with source and
 * confidence, and move one to another mission; the coverage guard refuses a change that would leave a county or
 * state covered zero or two times. Every change is logged.
 */
@Controller
@RequestMapping("/admin/reference/jurisdictions")
@PreAuthorize("hasRole('ADMIN')")
class JurisdictionAdminController {

    private final JurisdictionAdminQueries queries;
    private final ReportFormOptions options;
    private final JurisdictionAdministration administration;

    JurisdictionAdminController(
            JurisdictionAdminQueries queries, ReportFormOptions options, JurisdictionAdministration administration) {
        this.queries = queries;
        this.options = options;
        this.administration = administration;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("assignments", queries.assignments());
        model.addAttribute("missions", options.missions());
        model.addAttribute("changes", queries.changes());
        return "admin/jurisdictions";
    }

    @PostMapping
    String move(
            @RequestParam String state,
            @RequestParam(required = false) @Nullable Long county,
            @RequestParam String mission,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String confidence,
            @AuthenticationPrincipal PortalPrincipal me,
            RedirectAttributes redirect) {
        try {
            administration.move(new MoveJurisdiction(me.userId(), state, county, mission, source, confidence));
            redirect.addFlashAttribute("message", "reference.jurisdictions.moved");
        } catch (InvalidJurisdictionChangeException e) {
            redirect.addFlashAttribute("jurisdictionError", e.getMessageKey());
        }
        return "redirect:/admin/reference/jurisdictions";
    }
}
