package org.grassroots.plan.web.initiative;

import java.time.Clock;
import java.time.LocalDate;
import org.grassroots.plan.core.initiative.InitiativeArchivedException;
import org.grassroots.plan.core.initiative.InitiativeChangedException;
import org.grassroots.plan.core.initiative.InitiativeManagement;
import org.grassroots.plan.core.initiative.InitiativeNotFoundException;
import org.grassroots.plan.core.initiative.InvalidInitiativeException;
import org.grassroots.plan.persistence.initiative.InitiativeDetailQueries;
import org.grassroots.plan.persistence.initiative.InitiativeDetailView;
import org.grassroots.plan.persistence.initiative.InitiativeOptions;
import org.grassroots.plan.persistence.initiative.InitiativeOptionsQueries;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating and editing initiatives (HQ editors and administrators). A save that finds the initiative changed by
 * someone else is not applied: the form comes back with the editor's values, the latest version and what differs.
 */
@Controller
@RequestMapping("/initiatives")
@PreAuthorize("hasAnyRole('HQ_EDITOR', 'ADMIN')")
class InitiativeEditController {

    static final String VIEW = "initiatives/form";

    private final InitiativeManagement initiatives;
    private final InitiativeDetailQueries details;
    private final InitiativeOptionsQueries options;
    private final Clock clock;

    InitiativeEditController(
            InitiativeManagement initiatives,
            InitiativeDetailQueries details,
            InitiativeOptionsQueries options,
            Clock clock) {
        this.initiatives = initiatives;
        this.details = details;
        this.options = options;
        this.clock = clock;
    }

    @InitBinder("initiativeForm")
    void crossFieldRules(WebDataBinder binder) {
        binder.addValidators(new InitiativeFormValidator());
    }

    @ModelAttribute("options")
    InitiativeOptions options() {
        return options.options();
    }

    @GetMapping("/new")
    public String createForm(Model model) {
        model.addAttribute("initiativeForm", InitiativeForm.blank(LocalDate.now(clock)));
        return VIEW;
    }

    @PostMapping
    public String create(
            @Validated @ModelAttribute("initiativeForm") InitiativeForm form,
            BindingResult result,
            @AuthenticationPrincipal PortalPrincipal me,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Long id = initiatives.create(form.toCommand(me.username()));
                redirect.addFlashAttribute("message", "initiative.created");
                return "redirect:/initiatives/" + id;
            } catch (InvalidInitiativeException e) {
                reject(result, e);
            }
        }
        form.padRows();
        return VIEW;
    }

    @GetMapping("/{id}/edit")
    public String editForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        var latest = latest(id);
        if (latest.archived()) {
            return archivedReadOnly(id, redirect);
        }
        model.addAttribute("initiativeForm", InitiativeForm.of(latest));
        model.addAttribute("initiativeId", id);
        return VIEW;
    }

    @PostMapping("/{id}/edit")
    public String update(
            @PathVariable long id,
            @Validated @ModelAttribute("initiativeForm") InitiativeForm form,
            BindingResult result,
            @AuthenticationPrincipal PortalPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("initiativeId", id);
        if (!result.hasErrors()) {
            try {
                initiatives.update(form.toCommand(id, me.username()));
                redirect.addFlashAttribute("message", "initiative.saved");
                return "redirect:/initiatives/" + id;
            } catch (InvalidInitiativeException e) {
                reject(result, e);
            } catch (InitiativeChangedException | ObjectOptimisticLockingFailureException e) {
                showConflict(id, form, model);
            } catch (InitiativeArchivedException e) {
                return archivedReadOnly(id, redirect);
            }
        }
        form.padRows();
        return VIEW;
    }

    private static String archivedReadOnly(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "initiative.archivedReadOnly");
        return "redirect:/initiatives/" + id;
    }

    private void showConflict(long id, InitiativeForm yours, Model model) {
        var latest = latest(id);
        var theirs = InitiativeForm.of(latest);
        var labels = options().byCode();
        model.addAttribute("conflicts", InitiativeComparison.differences(theirs, yours, labels));
        model.addAttribute("conflictBy", latest.updatedBy());
        model.addAttribute("conflictAt", latest.updatedAt());
        yours.setVersion(latest.version());
    }

    private InitiativeDetailView latest(long id) {
        return details.find(id).orElseThrow(() -> new InitiativeNotFoundException(id));
    }

    private static void reject(BindingResult result, InvalidInitiativeException e) {
        for (var violation : e.getViolations()) {
            result.rejectValue(
                    violation.field(),
                    violation.messageCode(),
                    new Object[] {String.join(", ", violation.rejected())},
                    null);
        }
    }
}
