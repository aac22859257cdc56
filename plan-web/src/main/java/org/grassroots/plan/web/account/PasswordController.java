package org.grassroots.plan.web.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.grassroots.plan.core.user.PasswordManagement;
import org.grassroots.plan.core.user.PasswordPolicyException;
import org.grassroots.plan.core.user.WrongPasswordException;
import org.grassroots.plan.persistence.user.AccountStatus;
import org.grassroots.plan.persistence.user.UserDirectoryQueries;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Change my password", also where a user with a one-time password is sent until they replace it. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private static final String VIEW = "account/password";

    private final PasswordManagement passwords;
    private final UserDirectoryQueries directory;

    PasswordController(PasswordManagement passwords, UserDirectoryQueries directory) {
        this.passwords = passwords;
        this.directory = directory;
    }

    /** Passwords are taken exactly as typed: the global trimming would make a password with spaces unusable. */
    @InitBinder("form")
    void keepPasswordsAsTyped(WebDataBinder binder) {
        for (String field : new String[] {"currentPassword", "newPassword", "confirmPassword"}) {
            binder.registerCustomEditor(String.class, field, new AsTypedEditor());
        }
    }

    @ModelAttribute("mustChange")
    boolean mustChange(@AuthenticationPrincipal PortalPrincipal me) {
        return directory
                .accountStatus(me.userId())
                .map(AccountStatus::mustChangePassword)
                .orElse(false);
    }

    @GetMapping
    String form(@ModelAttribute("form") PasswordForm form) {
        return VIEW;
    }

    @PostMapping
    String change(
            @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result,
            @AuthenticationPrincipal PortalPrincipal me,
            RedirectAttributes redirect,
            HttpServletRequest request)
            throws ServletException {
        if (!result.hasFieldErrors("newPassword")
                && !result.hasFieldErrors("confirmPassword")
                && !form.confirmationMatches()) {
            result.rejectValue("confirmPassword", "security.password.mismatch");
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            passwords.changeOwn(form.toCommand(me.userId()));
        } catch (WrongPasswordException e) {
            if (e.locked()) {
                request.logout();
                return "redirect:/login?error";
            }
            result.rejectValue("currentPassword", "security.password.wrongCurrent");
            return VIEW;
        } catch (PasswordPolicyException e) {
            result.rejectValue(
                    "newPassword", "security.password.policy." + e.violation().name());
            return VIEW;
        }
        redirect.addFlashAttribute("message", "security.password.changed");
        return "redirect:/";
    }
}
