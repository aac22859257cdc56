package org.grassroots.plan.persistence.user;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The accounts that still sign in with the demo data's published password. */
@Repository
@Transactional(readOnly = true)
public class DemoAccountQueries {

    /** The hash of {@code demo-pass-2026} that {@code db/demo/R__demo_data.sql} gives every demo user. */
    static final String DEMO_PASSWORD_HASH = "{bcrypt}$2a$10$LsAq4IR7lIyNdNILDHXEyeDvOS/uKcxYLXoMO0QzNijemeb/7HYVa";

    private final JdbcClient jdbc;

    public DemoAccountQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled users whose password is still the demo password, by name. */
    public List<String> enabledWithTheDemoPassword() {
        return jdbc.sql("SELECT username FROM app_user WHERE enabled AND password_hash = :hash ORDER BY username")
                .param("hash", DEMO_PASSWORD_HASH)
                .query(String.class)
                .list();
    }
}
