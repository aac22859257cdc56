package org.grassroots.plan.web.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Japanese by default, English on request; {@code ?lang=ja|en} switches and a cookie remembers the choice. */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration implements WebMvcConfigurer {

    public static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);
    public static final String COOKIE = "PLAN_LANG";

    @Bean
    LocaleResolver localeResolver(@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
        var resolver = new CookieLocaleResolver(COOKIE) {
            @Override
            public void setLocale(
                    jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response,
                    Locale locale) {
                super.setLocale(request, response, supported(locale));
            }

            @Override
            public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
                return supported(super.resolveLocale(request));
            }
        };
        resolver.setDefaultLocale(Locale.JAPANESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setCookieSecure(secureCookies);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        // On these addresses "lang" is the language of the file asked for, not of the pages: an officer who
        // downloads an English summary keeps reading the portal in Japanese.
        registry.addInterceptor(interceptor)
                .excludePathPatterns(
                        "/exports/*.pdf",
                        "/exports/*.xlsx",
                        "/exports/*.csv",
                        "/exports/jobs",
                        "/exports/jobs/new",
                        "/states/*/fact-sheet.pdf");
    }

    static Locale supported(@Nullable Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
    }
}
