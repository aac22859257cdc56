package org.grassroots.plan.persistence.reference;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.grassroots.plan.core.reference.LabelledCode;
import org.grassroots.plan.core.reference.ReferenceKind;
import org.grassroots.plan.core.reference.ReferenceLabels;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The labels of sectors and audiences in their own tables, their changes in {@code reference_change}. */
@Repository
class JdbcReferenceLabels implements ReferenceLabels {

    private final JdbcClient jdbc;

    JdbcReferenceLabels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LabelledCode> find(ReferenceKind kind, String code) {
        return jdbc.sql("SELECT code, label_ja, label_en, active, version FROM " + kind.table() + " WHERE code = :code")
                .param("code", code)
                .query((rs, n) -> new LabelledCode(
                        rs.getString("code"),
                        rs.getString("label_ja"),
                        rs.getString("label_en"),
                        rs.getBoolean("active"),
                        rs.getLong("version")))
                .optional();
    }

    @Override
    public boolean update(ReferenceKind kind, LabelledCode changed) {
        return jdbc.sql("UPDATE " + kind.table()
                                + " SET label_ja = :ja, label_en = :en, active = :active, version = version + 1"
                                + " WHERE code = :code AND version = :version")
                        .param("ja", changed.labelJa())
                        .param("en", changed.labelEn())
                        .param("active", changed.active())
                        .param("code", changed.code())
                        .param("version", changed.version())
                        .update()
                == 1;
    }

    @Override
    public void recordChange(
            ReferenceKind kind,
            String code,
            String field,
            @Nullable String before,
            @Nullable String after,
            long actorId,
            Instant changedAt) {
        jdbc.sql("""
                INSERT INTO reference_change (kind, code, field, before_text, after_text, changed_by, changed_at)
                VALUES (:kind, :code, :field, :before, :after, :by, :at)""")
                .param("kind", kind.name())
                .param("code", code)
                .param("field", field)
                .param("before", before)
                .param("after", after)
                .param("by", actorId)
                .param("at", Timestamp.from(changedAt))
                .update();
    }
}
