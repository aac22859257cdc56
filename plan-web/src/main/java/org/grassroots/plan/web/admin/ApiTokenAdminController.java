package org.grassroots.plan.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.grassroots.plan.core.token.ApiScope;
import org.grassroots.plan.core.token.ApiTokenManagement;
import org.grassroots.plan.persistence.token.ApiTokenQueries;
import org.grassroots.plan.persistence.user.UserDirectoryQueries;
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

/**
 * Personal access tokens for the JSON API: the list, issuing one (the token is shown once, on the page that
 * answers the POST, and never again) and revoking. Both changes go to the security audit log.
 */
@Controller
@RequestMapping("/admin/tokens")
@PreAuthorize("hasRole('ADMIN')")
class ApiTokenAdminController {

    static final int LIST_LIMIT = 500;

    private final ApiTokenManagement tokens;
    private final ApiTokenQueries queries;
    private final UserDirectoryQueries directory;
    private final Clock clock;

    ApiTokenAdminController(
            ApiTokenManagement tokens, ApiTokenQueries queries, UserDirectoryQueries directory, Clock clock) {
        this.tokens = tokens;
        this.queries = queries;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tokens", queries.all(LIST_LIMIT));
        model.addAttribute("now", clock.instant());
        return "admin/tokens/list";
    }

    @GetMapping("/new")
    String newToken(Model model) {
        model.addAttribute("tokenForm", ApiTokenForm.startingOn(LocalDate.now(clock)));
        return form(model);
    }

    @PostMapping
    String issue(
            @Valid @ModelAttribute("tokenForm") ApiTokenForm form,
            BindingResult result,
            @AuthenticationPrincipal PortalPrincipal me,
            HttpServletRequest request,
            Model model) {
        form.validateExpiry(LocalDate.now(clock), result);
        if (result.hasErrors()) {
            return form(model);
        }
        var issued = tokens.issue(form.toCommand(me.username(), request.getRemoteAddr()));
        model.addAttribute("issued", issued);
        model.addAttribute("tokenForm", form);
        model.addAttribute("user", directory.byId(form.getUserId()).orElseThrow());
        return "admin/tokens/issued";
    }

    @PostMapping("/{id}/revoke")
    String revoke(
            @PathVariable long id,
            @AuthenticationPrincipal PortalPrincipal me,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        tokens.revoke(id, me.username(), request.getRemoteAddr());
        redirect.addFlashAttribute("message", "admin.tokens.revoked");
        return "redirect:/admin/tokens";
    }

    private String form(Model model) {
        model.addAttribute(
                "users", directory.all().stream().filter(user -> user.enabled()).toList());
        model.addAttribute("allScopes", ApiScope.values());
        return "admin/tokens/new";
    }
}
