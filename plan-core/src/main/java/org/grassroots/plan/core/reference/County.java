package org.grassroots.plan.core.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A county of a state that is split between missions by county (California, Connecticut). */
@Entity
@Table(name = "county")
public class County {

    @Id
    private Long id;

    @Column(name = "state_code", nullable = false)
    private String stateCode;

    @Column(nullable = false)
    private String name;

    protected County() {}

    public Long getId() {
        return id;
    }

    public String getStateCode() {
        return stateCode;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof County that && id != null && Objects.equals(id, that.id));
    }

    @Override
    public int hashCode() {
        return County.class.hashCode();
    }
}
