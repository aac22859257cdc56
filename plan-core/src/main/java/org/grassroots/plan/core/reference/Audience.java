package org.grassroots.plan.core.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.grassroots.plan.core.shared.CodedReference;

/** A group the plan addresses (訴求対象); administrators may add more. */
@Entity
@Table(name = "audience")
public class Audience extends CodedReference {

    protected Audience() {}

    public Audience(String code, String labelJa, String labelEn, int sortOrder) {
        super(code, labelJa, labelEn, sortOrder);
    }
}
