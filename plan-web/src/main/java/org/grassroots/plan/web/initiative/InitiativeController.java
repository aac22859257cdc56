package org.grassroots.plan.web.initiative;

import java.util.Locale;
import org.grassroots.plan.core.initiative.InitiativeNotFoundException;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.persistence.initiative.InitiativeDetailQueries;
import org.grassroots.plan.persistence.initiative.InitiativeHistoryQueries;
import org.grassroots.plan.persistence.initiative.InitiativeListQueries;
import org.grassroots.plan.persistence.initiative.InitiativeOptionsQueries;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The initiative list with its filters and the detail page with the change history; for every signed-in role. */
@Controller
@RequestMapping("/initiatives")
class InitiativeController {

    private final InitiativeListQueries list;
    private final InitiativeDetailQueries details;
    private final InitiativeHistoryQueries history;
    private final InitiativeOptionsQueries options;

    InitiativeController(
            InitiativeListQueries list,
            InitiativeDetailQueries details,
            InitiativeHistoryQueries history,
            InitiativeOptionsQueries options) {
        this.list = list;
        this.details = details;
        this.history = history;
        this.options = options;
    }

    /** Parameters that do not parse (a fiscal year of "abc") are ignored rather than failing the page. */
    @GetMapping
    String list(
            @ModelAttribute("search") InitiativeSearch search,
            BindingResult unparsable,
            @AuthenticationPrincipal PortalPrincipal me,
            Locale locale,
            Model model) {
        boolean admin = me.role() == Role.ADMIN;
        model.addAttribute(
                "page",
                list.find(
                        search.toFilter(admin),
                        search.sortColumn(),
                        search.descending(),
                        search.getPage(),
                        InitiativeSearch.PAGE_SIZE,
                        locale));
        model.addAttribute("options", options.options());
        return "initiatives/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("initiative", details.find(id).orElseThrow(() -> new InitiativeNotFoundException(id)));
        model.addAttribute("history", history.history(id));
        return "initiatives/detail";
    }
}
