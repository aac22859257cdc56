package org.grassroots.plan.web.config;

import org.grassroots.plan.core.user.SingleSignOn;
import org.grassroots.plan.persistence.user.UserDirectoryQueries;
import org.grassroots.plan.web.security.AccountStatusFilter;
import org.grassroots.plan.web.security.PortalOidcUserService;
import org.grassroots.plan.web.security.PreferredLanguageSuccessHandler;
import org.grassroots.plan.web.security.SignInCsrfTokenRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

/** Who may reach what: every page needs a signed-in user; roles and jurisdictions are checked per request. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            UserDirectoryQueries directory,
            ObjectProvider<ClientRegistrationRepository> singleSignOn,
            SingleSignOn identities,
            LocaleResolver localeResolver)
            throws Exception {
        var signedIn = new PreferredLanguageSuccessHandler(localeResolver, directory, LocaleConfiguration.COOKIE);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/css/**", "/images/**", "/js/**", "/favicon.ico", "/error", "/login")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**", "/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form ->
                        form.loginPage("/login").successHandler(signedIn).permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(new SignInCsrfTokenRepository()))
                .addFilterAfter(new AccountStatusFilter(directory), AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        if (singleSignOn.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .successHandler(signedIn)
                    .failureUrl("/login?sso-error")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new PortalOidcUserService(identities))));
        }
        return http.build();
    }

    /**
     * Form sign-in. The password is always checked first and the lock and disabled state only afterwards, so
     * that a locked account answers as slowly as any other and its correct password still does not let anyone in.
     */
    @Bean
    DaoAuthenticationProvider daoAuthenticationProvider(
            UserDetailsService userDetailsService, PasswordEncoder passwordEncoder) {
        var provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
