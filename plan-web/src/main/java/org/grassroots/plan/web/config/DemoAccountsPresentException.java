package org.grassroots.plan.web.config;

import java.util.List;

/** The portal was started without the demo profile on a database whose demo users still sign in. */
class DemoAccountsPresentException extends IllegalStateException {

    DemoAccountsPresentException(List<String> usernames) {
        super("Not starting: this database has " + usernames.size() + " enabled demo user(s) with the published demo"
                + " password (" + String.join(", ", usernames.subList(0, Math.min(5, usernames.size())))
                + (usernames.size() > 5 ? ", ..." : "") + ") but the demo profile is off. Start with"
                + " SPRING_PROFILES_ACTIVE=demo to keep the demo, or use a new database (with docker compose:"
                + " `docker compose down -v` deletes the demo's volume). See README, \"Demo and production\".");
    }
}
