package org.grassroots.plan.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.grassroots.plan.core.token.ApiTokenManagement;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in by its {@code Authorization: Bearer} token. A request without a bearer token goes on
 * unauthenticated (and is refused by the chain's rules with a 401 problem); a token that is unknown, revoked,
 * expired or belongs to a disabled user is answered 401 here. Nothing is kept between requests.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenManagement tokens;
    private final ApiProblems problems;

    BearerTokenFilter(ApiTokenManagement tokens, ApiProblems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var bearer = tokens.authenticate(header.substring(BEARER.length()).trim());
        if (bearer.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(
                    problems.problem(ApiProblem.UNAUTHENTICATED, "api.problem.unauthenticated.invalidToken", request),
                    response);
            return;
        }
        var principal = new ApiPrincipal(bearer.get());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
