package org.grassroots.plan.core.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An organisation an initiative works with. */
@Embeddable
public record Partner(
        @Column(name = "name", nullable = false) String name,

        @Enumerated(EnumType.STRING) @Column(name = "sector_kind", nullable = false)
        PartnerKind kind) {

    public Partner {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A partner needs a name");
        }
    }
}
