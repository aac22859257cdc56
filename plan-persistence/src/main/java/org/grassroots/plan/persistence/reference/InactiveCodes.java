package org.grassroots.plan.persistence.reference;

import java.util.Set;
import java.util.stream.Collectors;
import org.grassroots.plan.core.reference.ReferenceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The sectors or audiences that administrators stopped offering for new choices. */
@Repository
@Transactional(readOnly = true)
public class InactiveCodes {

    private final JdbcClient jdbc;

    InactiveCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> of(ReferenceKind kind) {
        return jdbc.sql("SELECT code FROM " + kind.table() + " WHERE NOT active").query(String.class).list().stream()
                .collect(Collectors.toUnmodifiableSet());
    }
}
