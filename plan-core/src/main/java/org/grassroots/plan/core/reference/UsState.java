package org.grassroots.plan.core.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.grassroots.plan.core.shared.Localized;

/** A U.S. state, the District of Columbia or a territory, identified by its USPS code. */
@Entity
@Table(name = "us_state")
public class UsState implements Localized {

    public enum Kind {
        STATE,
        DISTRICT,
        TERRITORY
    }

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Version
    private long version;

    protected UsState() {}

    public String getCode() {
        return code;
    }

    public Kind getKind() {
        return kind;
    }

    @Override
    public String labelJa() {
        return nameJa;
    }

    @Override
    public String labelEn() {
        return nameEn;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof UsState that && Objects.equals(code, that.code));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
