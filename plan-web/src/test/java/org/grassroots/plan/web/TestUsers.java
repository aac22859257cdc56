package org.grassroots.plan.web;

import java.util.concurrent.ThreadLocalRandom;
import org.grassroots.plan.core.user.ChangePassword;
import org.grassroots.plan.core.user.CreateUser;
import org.grassroots.plan.core.user.PasswordManagement;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.core.user.UserManagement;
import org.grassroots.plan.core.user.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Creates the users a web test needs through the core services, as an administrator would, and signs them in
 * for MockMvc with the portal's own principal. Idempotent, since all web tests share one database; names made with
 * {@link #unique} are new in every test run, so that a database that outlives a run (PLAN_TEST_DB_URL) holds no
 * locked, disabled or renamed user of an earlier run under the same name.
 */
public class TestUsers {

    /** Lower-case letters and digits that differ from one test run (JVM) to the next. */
    public static final String RUN = Long.toString(System.currentTimeMillis() % 2_176_782_336L, 36)
            + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36), 36);

    /** The name with this run's suffix, e.g. {@code signin-lock-k3x9a1b}. */
    public static String unique(String name) {
        return name + "-" + RUN;
    }

    public static final String PASSWORD = "test-pass-2026-long";

    private final Users users;
    private final UserManagement userManagement;
    private final PasswordManagement passwords;
    private final UserDetailsService userDetailsService;

    public TestUsers(ApplicationContext context) {
        this.users = context.getBean(Users.class);
        this.userManagement = context.getBean(UserManagement.class);
        this.passwords = context.getBean(PasswordManagement.class);
        this.userDetailsService = context.getBean(UserDetailsService.class);
    }

    /** A user with {@link #PASSWORD} who has already replaced their one-time password. */
    public Long ensure(String username, Role role, @Nullable String missionCode) {
        return users.findByUsername(username).map(user -> user.getId()).orElseGet(() -> {
            var created = userManagement.create(
                    new CreateUser(username, username + " (test)", null, role, missionCode, "ja"), "test-setup");
            passwords.changeOwn(new ChangePassword(created.id(), created.oneTimePassword(), PASSWORD));
            return created.id();
        });
    }

    /** The authentication a form sign-in of this user produces, for {@code .with(authentication(...))}. */
    public Authentication signIn(String username) {
        UserDetails details = userDetailsService.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }
}
