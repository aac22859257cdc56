package org.grassroots.plan.web.initiative;

import org.grassroots.plan.core.initiative.InitiativeManagement;
import org.grassroots.plan.core.initiative.InitiativeNotFoundException;
import org.grassroots.plan.persistence.initiative.InitiativeDetailQueries;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Archiving an initiative (after a confirmation page) and restoring it; nothing is ever deleted. */
@Controller
@RequestMapping("/initiatives/{id}")
class InitiativeArchiveController {

    private final InitiativeManagement initiatives;
    private final InitiativeDetailQueries details;

    InitiativeArchiveController(InitiativeManagement initiatives, InitiativeDetailQueries details) {
        this.initiatives = initiatives;
        this.details = details;
    }

    @GetMapping("/archive")
    @PreAuthorize("hasAnyRole('HQ_EDITOR', 'ADMIN')")
    public String confirm(@PathVariable long id, Model model) {
        model.addAttribute("initiative", details.find(id).orElseThrow(() -> new InitiativeNotFoundException(id)));
        return "initiatives/archive";
    }

    @PostMapping("/archive")
    @PreAuthorize("hasAnyRole('HQ_EDITOR', 'ADMIN')")
    public String archive(
            @PathVariable long id, @AuthenticationPrincipal PortalPrincipal me, RedirectAttributes redirect) {
        initiatives.archive(id, me.username());
        redirect.addFlashAttribute("message", "initiative.archived");
        return "redirect:/initiatives/" + id;
    }

    @PostMapping("/restore")
    @PreAuthorize("hasRole('ADMIN')")
    public String restore(
            @PathVariable long id, @AuthenticationPrincipal PortalPrincipal me, RedirectAttributes redirect) {
        initiatives.restore(id, me.username());
        redirect.addFlashAttribute("message", "initiative.restored");
        return "redirect:/initiatives/" + id;
    }
}
