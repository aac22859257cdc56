package org.grassroots.plan.web.operations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a page of the portal's own layout straight from a servlet filter, where neither the session (it lives
 * in the database) nor Spring MVC is available: the user's language comes from {@code ?lang=} or the language
 * cookie, the page shows nobody as signed in.
 */
@Component
class ShellPageRenderer {

    private final ITemplateEngine templates;
    private final LocaleResolver locales;
    private final boolean demo;

    ShellPageRenderer(ITemplateEngine templates, LocaleResolver locales, Environment environment) {
        this.templates = templates;
        this.locales = locales;
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
    }

    void render(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String template,
            Map<String, Object> variables)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        var context = new WebContext(exchange, locale(request));
        context.setVariable("demoMode", demo);
        context.setVariable("switchToJapanese", switchLanguage(request, "ja"));
        context.setVariable("switchToEnglish", switchLanguage(request, "en"));
        context.setVariables(variables);
        templates.process(template, context, response.getWriter());
        response.flushBuffer();
    }

    /** Never reads the request body (it may be the over-size one): only the query string and the cookie. */
    private Locale locale(HttpServletRequest request) {
        String requested = queryParameter(request, "lang");
        if ("en".equals(requested) || "ja".equals(requested)) {
            return Locale.forLanguageTag(requested);
        }
        return locales.resolveLocale(request);
    }

    /** The page in the other language: a GET is asked again; after a POST, the form page it came from. */
    private static String switchLanguage(HttpServletRequest request, String language) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        var target = !"GET".equals(request.getMethod()) && referer != null
                ? UriComponentsBuilder.fromUriString(referer).build()
                : UriComponentsBuilder.fromPath(request.getRequestURI())
                        .query(request.getQueryString())
                        .build();
        return UriComponentsBuilder.fromPath(target.getPath() == null ? "/" : target.getPath())
                .query(target.getQuery())
                .replaceQueryParam("lang", language)
                .build()
                .toUriString();
    }

    private static @Nullable String queryParameter(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        return UriComponentsBuilder.newInstance()
                .query(query)
                .build()
                .getQueryParams()
                .getFirst(name);
    }
}
