package org.grassroots.plan.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
