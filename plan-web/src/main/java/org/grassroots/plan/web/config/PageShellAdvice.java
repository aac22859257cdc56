package org.grassroots.plan.web.config;

import jakarta.servlet.http.HttpServletRequest;
import org.grassroots.plan.core.reference.DiplomaticMission;
import org.grassroots.plan.core.reference.DiplomaticMissions;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the page shell needs on every page: the demo banner and the language switch links. */
@ControllerAdvice
class PageShellAdvice {

    private final boolean demo;
    private final DiplomaticMissions missions;

    PageShellAdvice(Environment environment, DiplomaticMissions missions) {
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
        this.missions = missions;
    }

    @ModelAttribute("currentMission")
    @Nullable DiplomaticMission currentMission(@AuthenticationPrincipal @Nullable PortalPrincipal principal) {
        if (principal == null || principal.missionCode() == null) {
            return null;
        }
        return missions.findById(principal.missionCode()).orElse(null);
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demo;
    }

    @ModelAttribute("switchToJapanese")
    String switchToJapanese(HttpServletRequest request) {
        return switchLanguage(request, "ja");
    }

    @ModelAttribute("switchToEnglish")
    String switchToEnglish(HttpServletRequest request) {
        return switchLanguage(request, "en");
    }

    private static String switchLanguage(HttpServletRequest request, String language) {
        return ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("lang", language)
                .replaceQueryParam("continue")
                .build()
                .toUriString()
                .replaceFirst("^https?://[^/]+", "");
    }
}
