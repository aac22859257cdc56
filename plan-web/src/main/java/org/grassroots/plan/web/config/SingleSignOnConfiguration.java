package org.grassroots.plan.web.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * OpenID Connect sign-in with the ministry's identity provider, present only when {@code plan.oidc.issuer-uri}
 * (PLAN_OIDC_ISSUER_URI) is set, with the client id and secret the provider issued to the portal. The provider's
 * endpoints are read from its discovery document at start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${plan.oidc.issuer-uri:}'.isBlank()")
class SingleSignOnConfiguration {

    static final String REGISTRATION_ID = "ministry";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(
            @Value("${plan.oidc.issuer-uri}") String issuerUri,
            @Value("${plan.oidc.client-id}") String clientId,
            @Value("${plan.oidc.client-secret}") String clientSecret) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuerUri)
                .registrationId(REGISTRATION_ID)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .scope("openid", "profile", "email")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
