package org.grassroots.plan.web.admin;

import jakarta.validation.Valid;
import org.grassroots.plan.core.reference.DiplomaticMissions;
import org.grassroots.plan.core.reference.UnknownMissionException;
import org.grassroots.plan.core.user.PasswordManagement;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.core.user.SelfAdministrationException;
import org.grassroots.plan.core.user.UserManagement;
import org.grassroots.plan.core.user.UserNotFoundException;
import org.grassroots.plan.persistence.user.UserDirectoryQueries;
import org.grassroots.plan.persistence.user.UserRow;
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

/** One user's account for administrators: role and mission, disable/enable, unlock, password reset. */
@Controller
@RequestMapping("/admin/users/{id}")
@PreAuthorize("hasRole('ADMIN')")
class UserAccountAdminController {

    private static final String VIEW = "admin/users/detail";

    private final UserManagement users;
    private final PasswordManagement passwords;
    private final UserDirectoryQueries directory;
    private final DiplomaticMissions missions;

    UserAccountAdminController(
            UserManagement users,
            PasswordManagement passwords,
            UserDirectoryQueries directory,
            DiplomaticMissions missions) {
        this.users = users;
        this.passwords = passwords;
        this.directory = directory;
        this.missions = missions;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        UserRow user = find(id);
        model.addAttribute("form", RoleForm.of(user));
        return show(user, model);
    }

    @PostMapping("/role")
    String changeRole(
            @PathVariable long id,
            @Valid @ModelAttribute("form") RoleForm form,
            BindingResult result,
            @AuthenticationPrincipal PortalPrincipal me,
            Model model,
            RedirectAttributes redirect) {
        form.validateMission(result);
        if (!result.hasErrors()) {
            try {
                users.changeRole(id, form.toCommand(), me.username());
                return done(id, "admin.user.roleChanged", redirect);
            } catch (UnknownMissionException e) {
                result.rejectValue("missionCode", "admin.user.mission.required");
            } catch (SelfAdministrationException e) {
                result.rejectValue("role", "admin.user.notYourself");
            }
        }
        return show(find(id), model);
    }

    @PostMapping("/disable")
    String disable(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal me, RedirectAttributes redirect) {
        try {
            users.disable(id, me.username());
            return done(id, "admin.user.disabled", redirect);
        } catch (SelfAdministrationException e) {
            redirect.addFlashAttribute("error", "admin.user.notYourself");
            return "redirect:/admin/users/" + id;
        }
    }

    @PostMapping("/enable")
    String enable(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal me, RedirectAttributes redirect) {
        users.enable(id, me.username());
        return done(id, "admin.user.enabled.done", redirect);
    }

    @PostMapping("/unlock")
    String unlock(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal me, RedirectAttributes redirect) {
        users.unlock(id, me.username());
        return done(id, "admin.user.unlocked", redirect);
    }

    @PostMapping("/password")
    String resetPassword(
            @PathVariable long id, @AuthenticationPrincipal PortalPrincipal me, RedirectAttributes redirect) {
        redirect.addFlashAttribute("oneTimePassword", passwords.reset(id, me.username()));
        return done(id, "admin.user.passwordReset", redirect);
    }

    private UserRow find(long id) {
        return directory.byId(id).orElseThrow(() -> new UserNotFoundException(id));
    }

    private String show(UserRow user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("missions", missions.findAllByOrderBySortOrderAsc());
        return VIEW;
    }

    private static String done(long id, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", message);
        return "redirect:/admin/users/" + id;
    }
}
