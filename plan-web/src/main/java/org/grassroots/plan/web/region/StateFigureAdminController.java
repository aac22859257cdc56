package org.grassroots.plan.web.region;

import jakarta.validation.Valid;
import org.grassroots.plan.core.region.InvalidStateFigureException;
import org.grassroots.plan.core.region.StaleStateFigureException;
import org.grassroots.plan.core.region.StateFigureAdministration;
import org.grassroots.plan.core.region.StateNotFoundException;
import org.grassroots.plan.persistence.region.StateFigureQueries;
import org.grassroots.plan.persistence.region.StateFigureRow;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators keep each state's published figures (value, year, source, confidence) on
 * {@code /admin/reference/states/{code}/figures}: add, correct and remove them, with the history on the page.
 */
@Controller
@RequestMapping("/admin/reference/states/{code}/figures")
@PreAuthorize("hasRole('ADMIN')")
class StateFigureAdminController {

    private final StateFigureQueries queries;
    private final StateFigureAdministration administration;

    StateFigureAdminController(StateFigureQueries queries, StateFigureAdministration administration) {
        this.queries = queries;
        this.administration = administration;
    }

    @GetMapping
    String list(@PathVariable String code, Model model) {
        model.addAttribute("form", new StateFigureForm());
        return listPage(code, model);
    }

    @PostMapping
    String add(
            @PathVariable String code,
            @Valid @ModelAttribute("form") StateFigureForm form,
            BindingResult result,
            @AuthenticationPrincipal PortalPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        form.requireValue(result);
        if (!result.hasErrors() && saved(result, () -> administration.add(me.userId(), code, form.toFigure()))) {
            redirect.addFlashAttribute("message", "reference.figures.added");
            return "redirect:/admin/reference/states/" + code + "/figures";
        }
        return listPage(code, model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable String code, @PathVariable long id, Model model) {
        var row = row(code, id);
        model.addAttribute("form", StateFigureForm.of(row));
        return editPage(code, row, model, null);
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable String code,
            @PathVariable long id,
            @Valid @ModelAttribute("form") StateFigureForm form,
            BindingResult result,
            @AuthenticationPrincipal PortalPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        var row = row(code, id);
        form.requireValue(result);
        try {
            if (!result.hasErrors()
                    && saved(
                            result, () -> administration.change(me.userId(), id, form.getVersion(), form.toFigure()))) {
                redirect.addFlashAttribute("message", "reference.figures.changed");
                return "redirect:/admin/reference/states/" + code + "/figures";
            }
        } catch (StaleStateFigureException e) {
            return editPage(code, row, model, "reference.figures.error.stale");
        }
        return editPage(code, row, model, null);
    }

    @PostMapping("/{id}/delete")
    String remove(
            @PathVariable String code,
            @PathVariable long id,
            @RequestParam long version,
            @AuthenticationPrincipal PortalPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        var row = row(code, id);
        try {
            administration.remove(me.userId(), id, version);
        } catch (StaleStateFigureException e) {
            model.addAttribute("form", StateFigureForm.of(row));
            return editPage(code, row, model, "reference.figures.error.stale");
        }
        redirect.addFlashAttribute("message", "reference.figures.removed");
        return "redirect:/admin/reference/states/" + code + "/figures";
    }

    /** Runs the change; a refused figure becomes field errors on the form. */
    private static boolean saved(BindingResult result, Runnable change) {
        try {
            change.run();
            return true;
        } catch (InvalidStateFigureException e) {
            e.getViolations().forEach(v -> result.rejectValue(v.field(), v.messageKey()));
            return false;
        }
    }

    private String listPage(String code, Model model) {
        model.addAttribute("state", queries.state(code).orElseThrow(() -> new StateNotFoundException(code)));
        model.addAttribute("figures", queries.figures(code));
        model.addAttribute("changes", queries.changes(code));
        return "admin/state-figures";
    }

    private String editPage(String code, StateFigureRow row, Model model, @Nullable String problem) {
        model.addAttribute("state", queries.state(code).orElseThrow(() -> new StateNotFoundException(code)));
        model.addAttribute("figure", row);
        model.addAttribute("problem", problem);
        return "admin/state-figure";
    }

    private StateFigureRow row(String code, long id) {
        return queries.figure(code, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
