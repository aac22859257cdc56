package org.grassroots.plan.web.testing;

import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One OpenID Connect provider (mock-oauth2-server) for the whole test run, and the single sign-on settings that
 * point every portal the tests start at it, so the sign-in tests run in the shared context instead of one of their
 * own. Lowest precedence, as the operator's variables: a test that starts the portal without single sign-on sets
 * {@code PLAN_OIDC_ISSUER_URI=}.
 */
public class TestIdentityProvider implements EnvironmentPostProcessor {

    public static final String ISSUER = "ministry-idp";
    public static final String CLIENT_ID = "plan-portal";

    private static MockOAuth2Server server;

    public static synchronized MockOAuth2Server server() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "planTestIdentityProvider",
                        Map.of(
                                "PLAN_OIDC_ISSUER_URI",
                                server().issuerUrl(ISSUER).toString(),
                                "PLAN_OIDC_CLIENT_ID",
                                CLIENT_ID,
                                "PLAN_OIDC_CLIENT_SECRET",
                                "test-client-secret")));
    }
}
