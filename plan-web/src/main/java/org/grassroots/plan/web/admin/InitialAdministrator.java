package org.grassroots.plan.web.admin;

import org.grassroots.plan.core.user.UserManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * First start in production: creates the administrator named by {@code PLAN_ADMIN_USERNAME} with the password
 * {@code PLAN_ADMIN_PASSWORD} unless a user of that name exists. The password must meet the password policy;
 * it is stored only as a hash and never logged. Nothing happens when the variables are not set.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserManagement users;
    private final String username;
    private final String password;

    InitialAdministrator(
            UserManagement users,
            @Value("${plan.admin.username:}") String username,
            @Value("${plan.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (username.isBlank() && password.isBlank()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("Set both PLAN_ADMIN_USERNAME and PLAN_ADMIN_PASSWORD to create the initial administrator");
            return;
        }
        if (users.createInitialAdministrator(username, password)) {
            log.info("Created the initial administrator '{}'", username);
        } else {
            log.info("User '{}' exists; the initial administrator was left unchanged", username);
        }
    }
}
