package org.grassroots.plan.web.config;

import org.grassroots.plan.persistence.user.DemoAccountQueries;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile, refuses to start while the database still has enabled users with the demo password
 * (published in the README): a database that once ran the demo would otherwise let anyone sign in as
 * {@code demo-admin}. Runs after Flyway and before the web server accepts a request.
 */
@Component
@ConditionalOnProperty(name = "plan.demo", havingValue = "false", matchIfMissing = true)
class DemoAccountGuard implements SmartInitializingSingleton {

    private final DemoAccountQueries demoAccounts;

    DemoAccountGuard(DemoAccountQueries demoAccounts) {
        this.demoAccounts = demoAccounts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var names = demoAccounts.enabledWithTheDemoPassword();
        if (!names.isEmpty()) {
            throw new DemoAccountsPresentException(names);
        }
    }
}
