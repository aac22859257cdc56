package org.grassroots.plan.web.config;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.grassroots.plan.core.reference.DiplomaticMissions;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the page shell needs on every page: the demo banner and the language switch links. */
@ControllerAdvice
class PageShellAdvice {

    private static final String ERROR_QUERY_STRING = "jakarta.servlet.error.query_string";

    private final boolean demo;
    private final DiplomaticMissions missions;

    PageShellAdvice(Environment environment, DiplomaticMissions missions) {
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
        this.missions = missions;
    }

    @ModelAttribute("currentMissionName")
    @Nullable
    String currentMissionName(@AuthenticationPrincipal @Nullable PortalPrincipal principal, Locale locale) {
        if (principal == null || principal.missionCode() == null) {
            return null;
        }
        return missions.findById(principal.missionCode())
                .map(mission -> mission.label(locale))
                .orElse(null);
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

    /**
     * The current page in the other language. An error page is rendered after a forward to /error, so it links to
     * the address the user asked for, not to /error.
     */
    static String switchLanguage(HttpServletRequest request, String language) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorUri instanceof String uri ? uri : request.getRequestURI();
        Object query = errorUri != null ? request.getAttribute(ERROR_QUERY_STRING) : request.getQueryString();
        if (errorUri == null && "POST".equals(request.getMethod())) {
            String formPage = sameSiteReferer(request);
            if (formPage != null) {
                return UriComponentsBuilder.fromUriString(formPage)
                        .replaceQueryParam("lang", language)
                        .build()
                        .toUriString();
            }
        }
        return UriComponentsBuilder.fromPath(path)
                .query(query instanceof String text ? text : null)
                .replaceQueryParam("lang", language)
                .replaceQueryParam("continue")
                .build()
                .toUriString();
    }

    /**
     * A page shown again after a failed POST (a form with errors) has no address of its own to switch: its switch
     * leads back to the page the form was on, a GET that exists, rather than to the POST's address.
     */
    private static @Nullable String sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        var uri = UriComponentsBuilder.fromUriString(referer).build();
        if (uri.getHost() != null && !uri.getHost().equals(request.getServerName())) {
            return null;
        }
        return UriComponentsBuilder.fromPath(uri.getPath() == null ? "/" : uri.getPath())
                .query(uri.getQuery())
                .build()
                .toUriString();
    }
}
