package org.grassroots.plan.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens in the session once there is one, and in an HttpOnly cookie before that (the sign-in form): an
 * anonymous visitor to the sign-in page gets a token without a session row being written for them. The cookie
 * token is checked against the form's field (double submit) and is dropped at sign-in, where Spring Security
 * replaces the token; from then on the token lives in the session as before. A cookie token is accepted only while
 * there is no session or on the sign-in page itself, never for a signed-in page.
 */
public class SignInCsrfTokenRepository implements CsrfTokenRepository {

    private static final String SIGN_IN_PATH = "/login";

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    public SignInCsrfTokenRepository() {
        cookie.setCookieName("PLAN-SIGNIN-CSRF");
        cookie.setHeaderName(session.generateToken(null).getHeaderName());
        cookie.setCookieCustomizer(builder -> builder.sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(@Nullable HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        HttpSession existing = request.getSession(false);
        if (token == null) {
            if (existing != null) {
                session.saveToken(null, request, response);
            }
            if (cookie.loadToken(request) != null) {
                cookie.saveToken(null, request, response);
            }
        } else if (existing != null) {
            session.saveToken(token, request, response);
        } else {
            cookie.saveToken(token, request, response);
        }
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        HttpSession existing = request.getSession(false);
        CsrfToken token = existing == null ? null : session.loadToken(request);
        return token != null || !SIGN_IN_PATH.equals(path(request)) && existing != null
                ? token
                : cookie.loadToken(request);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
