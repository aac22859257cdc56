package org.grassroots.plan.web.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.grassroots.plan.core.reference.DiplomaticMissions;
import org.grassroots.plan.core.token.ApiScope;
import org.grassroots.plan.core.token.ApiTokenManagement;
import org.grassroots.plan.core.token.IssueApiToken;
import org.grassroots.plan.core.user.AppUser;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.core.user.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Creates users with unique names and issues them API tokens through the core service, as an administrator would;
 * {@link #bearer(String)} puts a token on a MockMvc request.
 */
public final class ApiClients {

    private final Users users;
    private final DiplomaticMissions missions;
    private final ApiTokenManagement tokens;
    private final Clock clock;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    public ApiClients(ApplicationContext context) {
        this.users = context.getBean(Users.class);
        this.missions = context.getBean(DiplomaticMissions.class);
        this.tokens = context.getBean(ApiTokenManagement.class);
        this.clock = context.getBean(Clock.class);
    }

    public AppUser user(String name, Role role, @Nullable String missionCode) {
        return users.save(new AppUser(
                "api-" + name + "-" + suffix,
                "API " + name,
                role,
                missionCode == null ? null : missions.findById(missionCode).orElseThrow(),
                java.time.Instant.now()));
    }

    /** A token of the user with both scopes, valid for 30 days. */
    public String token(AppUser user) {
        return token(user, ApiScope.READ, ApiScope.WRITE);
    }

    public String token(AppUser user, ApiScope... scopes) {
        return tokens.issue(new IssueApiToken(
                        user.getId(),
                        "test " + suffix,
                        Set.of(scopes),
                        LocalDate.now(clock).plusDays(30),
                        "test",
                        null))
                .token();
    }

    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }
}
