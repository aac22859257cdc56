package org.grassroots.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.web.servlet.client.RestTestClient;

@WebIntegrationTest
class PlanPortalApplicationTests {

    @LocalServerPort
    int port;

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

    @Test
    void otherActuatorEndpointsNeedAnAdministrator() {
        client().get().uri("/actuator/info").exchange().expectStatus().isOk();
        client().get()
                .uri("/actuator/env")
                .exchange()
                .expectStatus()
                .value(status -> assertThat(status)
                        .isIn(
                                HttpStatus.FOUND.value(),
                                HttpStatus.UNAUTHORIZED.value(),
                                HttpStatus.FORBIDDEN.value(),
                                HttpStatus.NOT_FOUND.value()));
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
