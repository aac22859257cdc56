package org.grassroots.plan.web.initiative;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.security.PortalPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a MockMvc request in as a portal user of a role, without needing that user in the database. */
final class SignedIn {

    private SignedIn() {}

    record TestPrincipal(Long userId, String username, String displayName, Role role, @Nullable String missionCode)
            implements PortalPrincipal {}

    static RequestPostProcessor as(String username, Role role) {
        var principal = new TestPrincipal(1L, username, username, role,
                role == Role.MISSION_REPORTER ? "CG-CHI" : null);
        return authentication(new UsernamePasswordAuthenticationToken(
                principal, "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
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
