package org.grassroots.plan.web.activity;

import java.time.Clock;
import java.util.UUID;
import org.grassroots.plan.core.reference.DiplomaticMissions;
import org.grassroots.plan.core.user.AppUser;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.core.user.Users;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Creates portal users for a test (unique names, so tests never depend on demo data) and signs requests in as
 * them through the real {@link UserDetailsService}, so the principal is the portal's own.
 */
final class ReportTestUsers {

    private final Users users;
    private final DiplomaticMissions missions;
    private final UserDetailsService userDetails;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private final Clock clock;

    ReportTestUsers(ApplicationContext context) {
        this.users = context.getBean(Users.class);
        this.missions = context.getBean(DiplomaticMissions.class);
        this.userDetails = context.getBean(UserDetailsService.class);
        this.clock = context.getBean(Clock.class);
    }

    AppUser reporter(String name, String missionCode) {
        return users.save(new AppUser(
                name + "-" + suffix,
                "Reporter " + name,
                Role.MISSION_REPORTER,
                missions.findById(missionCode).orElseThrow(),
                clock.instant()));
    }

    AppUser user(String name, Role role) {
        return users.save(new AppUser(name + "-" + suffix, "User " + name, role, null, clock.instant()));
    }

    RequestPostProcessor as(AppUser user) {
        var details = userDetails.loadUserByUsername(user.getUsername());
        return SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}
