package org.grassroots.plan.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.grassroots.plan.persistence.user.AccountStatus;
import org.grassroots.plan.persistence.user.UserDirectoryQueries;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the signed-in user's account on every request. A user disabled, or given another role or mission, since
 * signing in is signed out. A user who signed in with a one-time password is sent to change it before anything
 * else (sign-out, static files and error pages excepted; single sign-on users never use their portal password).
 * Reads one row by primary key per request.
 */
public class AccountStatusFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD_PATH = "/account/password";
    private static final List<String> ALWAYS_ALLOWED = List.of(CHANGE_PASSWORD_PATH, "/logout", "/login", "/error");

    private final UserDirectoryQueries directory;
    private final SecurityContextLogoutHandler logoutHandler = new SecurityContextLogoutHandler();

    public AccountStatusFilter(UserDirectoryQueries directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            AccountStatus status = directory.accountStatus(principal.userId()).orElse(null);
            if (status == null || !status.enabled() || !sameRole(principal, status)) {
                logoutHandler.logout(request, response, authentication);
                response.sendRedirect(request.getContextPath() + "/login");
                return;
            }
            boolean signedInWithPassword = principal instanceof PortalUserDetails;
            if (status.mustChangePassword() && signedInWithPassword && !alwaysAllowed(request)) {
                response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PATH);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A user whose role or mission an administrator changed must sign in again to get the new rights. */
    private static boolean sameRole(PortalPrincipal principal, AccountStatus status) {
        return principal.role() == status.role() && Objects.equals(principal.missionCode(), status.missionCode());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/images/")
                || path.equals("/favicon.ico");
    }

    private static boolean alwaysAllowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ALWAYS_ALLOWED.contains(path);
    }
}
