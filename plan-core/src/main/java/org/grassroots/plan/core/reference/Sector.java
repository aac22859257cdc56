package org.grassroots.plan.core.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.grassroots.plan.core.shared.CodedReference;

/** A sector or field named in the plan (分野); administrators may add more. */
@Entity
@Table(name = "sector")
public class Sector extends CodedReference {

    protected Sector() {}

    public Sector(String code, String labelJa, String labelEn, int sortOrder) {
        super(code, labelJa, labelEn, sortOrder);
    }
}
