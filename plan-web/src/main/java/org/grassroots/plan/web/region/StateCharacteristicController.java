package org.grassroots.plan.web.region;

import org.grassroots.plan.core.region.InvalidCharacteristicsException;
import org.grassroots.plan.core.region.StateCharacteristicManagement;
import org.grassroots.plan.core.region.StateNotFoundException;
import org.grassroots.plan.persistence.region.StateCharacteristicQueries;
import org.grassroots.plan.web.security.PortalPrincipal;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HQ sets each state's regional characteristics (with a note and a source) and sees their history. */
@Controller
@RequestMapping("/reference/states")
@PreAuthorize("hasAnyRole('HQ_EDITOR', 'ADMIN')")
class StateCharacteristicController {

    private final StateCharacteristicQueries queries;
    private final StateCharacteristicManagement management;

    StateCharacteristicController(StateCharacteristicQueries queries, StateCharacteristicManagement management) {
        this.queries = queries;
        this.management = management;
    }

    @GetMapping
    String states(Model model) {
        model.addAttribute("states", queries.states());
        model.addAttribute("approaches", queries.characteristics("DC"));
        return "reference/states";
    }

    @GetMapping("/{code}")
    String state(@PathVariable String code, Model model) {
        model.addAttribute("form", CharacteristicsForm.of(queries.characteristics(code)));
        return page(code, model);
    }

    @PostMapping("/{code}")
    String save(
            @PathVariable String code,
            @ModelAttribute("form") CharacteristicsForm form,
            BindingResult result,
            @AuthenticationPrincipal PortalPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        try {
            int changed = management.set(form.toCommand(me.userId(), code));
            redirect.addFlashAttribute("message", changed == 0 ? "reference.unchanged" : "reference.saved");
            return "redirect:/reference/states/" + code;
        } catch (InvalidCharacteristicsException e) {
            e.getViolations().forEach(v -> result.rejectValue(v.field(), v.messageKey()));
            return page(code, model);
        }
    }

    private String page(String code, Model model) {
        var state = queries.states().stream()
                .filter(row -> row.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new StateNotFoundException(code));
        model.addAttribute("state", state);
        model.addAttribute("labels", queries.characteristics(code));
        model.addAttribute("history", queries.history(code));
        return "reference/state";
    }
}
