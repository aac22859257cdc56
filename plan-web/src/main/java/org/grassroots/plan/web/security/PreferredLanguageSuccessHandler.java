package org.grassroots.plan.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.grassroots.plan.persistence.user.UserDirectoryQueries;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After sign-in, shows the portal in the user's preferred language unless this browser has already chosen one
 * (the language cookie, set by the switch or {@code ?lang=}); then goes on to the page first asked for, or home.
 */
public class PreferredLanguageSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LocaleResolver localeResolver;
    private final UserDirectoryQueries directory;
    private final String languageCookie;

    public PreferredLanguageSuccessHandler(
            LocaleResolver localeResolver, UserDirectoryQueries directory, String languageCookie) {
        this.localeResolver = localeResolver;
        this.directory = directory;
        this.languageCookie = languageCookie;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (!languageChosen(request) && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            directory
                    .byId(principal.userId())
                    .ifPresent(user -> localeResolver.setLocale(
                            request, response, Locale.forLanguageTag(user.preferredLanguage())));
        }
        // The session's CSRF token is created now, so that the browser's parallel first requests all read it
        // instead of each creating and storing its own.
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    private boolean languageChosen(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> languageCookie.equals(cookie.getName()));
    }
}
