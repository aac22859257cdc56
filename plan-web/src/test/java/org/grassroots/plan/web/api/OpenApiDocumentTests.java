package org.grassroots.plan.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document describes every /api/v1 endpoint the application serves, with the bearer scheme and
 * response schemas, and it and the Swagger UI are for signed-in users only, under the portal's strict CSP.
 */
@WebIntegrationTest
class OpenApiDocumentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theDocumentListsEveryApiEndpointWithItsMethods() throws Exception {
        var served = new TreeSet<String>();
        mappings.getHandlerMethods()
                .forEach((info, method) -> info.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith("/api/v1/"))
                        .forEach(pattern -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(verb -> served.add(verb.name().toLowerCase() + " " + pattern))));
        assertThat(served).hasSizeGreaterThanOrEqualTo(15);

        String document = apiDocs();
        Map<String, Map<String, Object>> paths = JsonPath.read(document, "$.paths");
        var documented = new TreeSet<String>();
        paths.forEach((path, operations) -> operations.keySet().forEach(verb -> documented.add(verb + " " + path)));
        assertThat(documented).isEqualTo(served);

        Set<String> schemas = JsonPath.<Map<String, Object>>read(document, "$.components.schemas")
                .keySet();
        assertThat(schemas).contains("ReportDetail", "ReportForm", "InitiativeDetailView", "InitiativeForm", "Problem");
        assertThat(JsonPath.<String>read(document, "$.components.securitySchemes.bearerToken.scheme"))
                .isEqualTo("bearer");
        assertThat(JsonPath.<Object>read(document, "$.paths['/api/v1/reports'].post.responses['422']"))
                .isNotNull();
    }

    @Test
    void theDocumentAndTheUiNeedASignedInUser() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theUiIsServedUnderTheStrictPolicyWithoutInlineScript() throws Exception {
        mvc.perform(get("/swagger-ui/index.html").with(signedIn()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(content().string(containsString("<script src=")))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    private String apiDocs() throws Exception {
        return mvc.perform(get("/v3/api-docs").with(signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn() {
        var users = new TestUsers(context);
        users.ensure("api-docs-viewer", Role.VIEWER, null);
        return authentication(users.signIn("api-docs-viewer"));
    }
}
