package org.grassroots.plan.web.admin;

import jakarta.validation.Valid;
import java.util.List;
import org.grassroots.plan.core.reference.DiplomaticMissions;
import org.grassroots.plan.core.reference.UnknownMissionException;
import org.grassroots.plan.core.user.CreatedUser;
import org.grassroots.plan.core.user.DuplicateUserException;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.core.user.UserManagement;
import org.grassroots.plan.persistence.user.UserDirectoryQueries;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list users and create new ones; each new user gets a one-time password shown once. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    private static final String FORM = "admin/users/new";

    private final UserManagement users;
    private final UserDirectoryQueries directory;
    private final DiplomaticMissions missions;

    UserAdminController(UserManagement users, UserDirectoryQueries directory, DiplomaticMissions missions) {
        this.users = users;
        this.directory = directory;
        this.missions = missions;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", directory.all());
        return "admin/users/list";
    }

    @GetMapping("/new")
    String createForm(@ModelAttribute("form") UserForm form, Model model) {
        return showForm(model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") UserForm form,
            BindingResult result,
            @AuthenticationPrincipal PortalPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        form.validateMission(result);
        if (result.hasErrors()) {
            return showForm(model);
        }
        try {
            CreatedUser created = users.create(form.toCommand(), me.username());
            redirect.addFlashAttribute("message", "admin.user.created");
            redirect.addFlashAttribute("oneTimePassword", created.oneTimePassword());
            return "redirect:/admin/users/" + created.id();
        } catch (DuplicateUserException e) {
            String field = e.field() == DuplicateUserException.Field.USERNAME ? "username" : "email";
            result.rejectValue(field, "admin.user." + field + ".taken");
        } catch (UnknownMissionException e) {
            result.rejectValue("missionCode", "admin.user.mission.required");
        }
        return showForm(model);
    }

    private String showForm(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("missions", missions.findAllByOrderBySortOrderAsc());
        model.addAttribute("languages", List.of("ja", "en"));
        return FORM;
    }
}
