package org.grassroots.plan.web.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST and the single sign-on redirects. */
@Controller
class LoginController {

    private final boolean singleSignOn;

    LoginController(ObjectProvider<ClientRegistrationRepository> clientRegistrations) {
        this.singleSignOn = clientRegistrations.getIfAvailable() != null;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("singleSignOn", singleSignOn);
        return "login";
    }
}
