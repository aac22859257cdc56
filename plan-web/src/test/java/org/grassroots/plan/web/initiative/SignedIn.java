package org.grassroots.plan.web.initiative;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.TestUsers;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Signs a MockMvc request in as a portal user of a role. The user is created in the database first if absent,
 * since every request's account is checked against its row.
 */
final class SignedIn {

    private SignedIn() {}

    static RequestPostProcessor as(String username, Role role) {
        return request -> {
            var context = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext());
            var users = new TestUsers(context);
            users.ensure(username, role, role == Role.MISSION_REPORTER ? "CG-CHI" : null);
            return authentication(users.signIn(username)).postProcessRequest(request);
        };
    }

    static RequestPostProcessor editor() {
        return as("test-hq", Role.HQ_EDITOR);
    }

    static RequestPostProcessor admin() {
        return as("test-admin", Role.ADMIN);
    }

    static RequestPostProcessor viewer() {
        return as("test-viewer", Role.VIEWER);
    }
}
