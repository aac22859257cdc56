package org.grassroots.plan.web.api;

import org.grassroots.plan.core.token.ApiScope;
import org.grassroots.plan.core.token.ApiTokenManagement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The API's own security filter chain, ahead of the portal's: {@code /api/**} only, stateless (no session is read
 * or created), no CSRF token (requests carry a bearer token, not a cookie), and problem+json for 401 and 403.
 * Reading needs the token's {@code read} scope, changing needs {@code write}; what the user may do beyond that is
 * decided by their role and mission in the controllers and the core services, exactly as for the web pages.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenManagement tokens, ApiProblems problems)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/**")
                        .hasAuthority(ApiPrincipal.authority(ApiScope.READ))
                        .requestMatchers(HttpMethod.HEAD, "/api/**")
                        .hasAuthority(ApiPrincipal.authority(ApiScope.READ))
                        .anyRequest()
                        .hasAuthority(ApiPrincipal.authority(ApiScope.WRITE)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.requireExplicitSave(true))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            problems.write(problems.problem(ApiProblem.UNAUTHENTICATED, request), response);
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                problems.problem(ApiProblem.FORBIDDEN, "api.problem.forbidden.scope", request),
                                response)))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
