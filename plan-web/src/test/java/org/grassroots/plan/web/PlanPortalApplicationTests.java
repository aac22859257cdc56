package org.grassroots.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpClient;
import java.util.UUID;
import org.grassroots.plan.core.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.RestTestClient;

@WebIntegrationTest
class PlanPortalApplicationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    RestTestClient client() {
        var http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return RestTestClient.bindToServer(new JdkClientHttpRequestFactory(http))
                .baseUrl("http://localhost:" + port)
                .build();
    }

    @Test
    void healthIsUpWithoutSignIn() {
        client().get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("\"status\":\"UP\""));
    }

    /**
     * Only health and info are exposed. Any other actuator path needs an administrator before anything else is
     * decided, and even an administrator finds no environment or bean listing.
     */
    @Test
    void otherActuatorEndpointsNeedAnAdministratorAndAreNotExposed() throws Exception {
        client().get().uri("/actuator/info").exchange().expectStatus().isOk();
        for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
            client().get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isFound()
                    .expectHeader()
                    .value("Location", location -> assertThat(location).endsWith("/login"));
        }
        var users = new TestUsers(context);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        users.ensure("act-viewer-" + suffix, Role.VIEWER, null);
        users.ensure("act-admin-" + suffix, Role.ADMIN, null);
        mvc.perform(get("/actuator/env").with(authentication(users.signIn("act-viewer-" + suffix))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/env").with(authentication(users.signIn("act-admin-" + suffix))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/actuator/health").with(authentication(users.signIn("act-admin-" + suffix))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void pagesRedirectToSignInWhenSignedOut() {
        client().get()
                .uri("/")
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .value("Location", location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void signInPageIsJapaneseByDefaultAndEnglishOnRequest() {
        client().get()
                .uri("/login")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(body ->
                        assertThat(body).contains("<html lang=\"ja\"", "ログイン").doesNotContain("??"));
        client().get()
                .uri("/login?lang=en")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .value("Set-Cookie", cookie -> assertThat(cookie).contains("PLAN_LANG=en"))
                .expectBody(String.class)
                .value(body -> assertThat(body)
                        .contains("<html lang=\"en\"", "Sign in")
                        .doesNotContain("??"));
    }

    @Test
    void securityHeadersAreSet() {
        client().get()
                .uri("/login")
                .exchange()
                .expectHeader()
                .value(
                        "Content-Security-Policy",
                        csp -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'"))
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .exists("Referrer-Policy");
    }
}
