package org.grassroots.plan.web.admin;

import jakarta.validation.Valid;
import org.grassroots.plan.core.reference.ChangeReferenceLabels;
import org.grassroots.plan.core.reference.InvalidReferenceChangeException;
import org.grassroots.plan.core.reference.ReferenceKind;
import org.grassroots.plan.core.reference.ReferenceLabelAdministration;
import org.grassroots.plan.persistence.reference.ReferenceAdminQueries;
import org.grassroots.plan.persistence.reference.ReferenceCodeRow;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators relabel the sectors and audiences in both languages and stop or resume offering them in forms
 * ({@code /admin/reference/sectors}, {@code /admin/reference/audiences}); each code's page shows its history.
 */
@Controller
@RequestMapping("/admin/reference/{kind:sectors|audiences}")
@PreAuthorize("hasRole('ADMIN')")
class ReferenceLabelAdminController {

    private final ReferenceAdminQueries queries;
    private final ReferenceLabelAdministration administration;

    ReferenceLabelAdminController(ReferenceAdminQueries queries, ReferenceLabelAdministration administration) {
        this.queries = queries;
        this.administration = administration;
    }

    @GetMapping
    String list(@PathVariable String kind, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("codes", queries.codes(kind(kind)));
        return "admin/reference-codes";
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String kind, @PathVariable String code, Model model) {
        var row = row(kind, code);
        model.addAttribute("form", ReferenceLabelForm.of(row));
        return page(kind, row, model);
    }

    @PostMapping("/{code}")
    String save(
            @PathVariable String kind,
            @PathVariable String code,
            @Valid @ModelAttribute("form") ReferenceLabelForm form,
            BindingResult binding,
            @AuthenticationPrincipal PortalPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        var row = row(kind, code);
        if (binding.hasErrors()) {
            return page(kind, row, model);
        }
        try {
            boolean changed = administration.change(new ChangeReferenceLabels(
                    me.userId(),
                    kind(kind),
                    code,
                    form.getVersion(),
                    form.getLabelJa(),
                    form.getLabelEn(),
                    form.isActive()));
            redirect.addFlashAttribute("message", changed ? "reference.codes.saved" : "reference.codes.unchanged");
            return "redirect:/admin/reference/" + kind;
        } catch (InvalidReferenceChangeException e) {
            binding.reject(e.getMessageKey());
            return page(kind, row, model);
        }
    }

    private String page(String kind, ReferenceCodeRow row, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("code", row);
        model.addAttribute("changes", queries.changes(kind(kind), row.code()));
        return "admin/reference-code";
    }

    private ReferenceCodeRow row(String kind, String code) {
        return queries.code(kind(kind), code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ReferenceKind kind(String path) {
        return path.equals("sectors") ? ReferenceKind.SECTOR : ReferenceKind.AUDIENCE;
    }
}
