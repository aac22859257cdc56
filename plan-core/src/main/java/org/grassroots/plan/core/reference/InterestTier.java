package org.grassroots.plan.core.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.grassroots.plan.core.shared.CodedReference;

/** How interested an audience already is in Japan (訴求対象の関心度). */
@Entity
@Table(name = "interest_tier")
public class InterestTier extends CodedReference {

    protected InterestTier() {}

    public InterestTier(String code, String labelJa, String labelEn, int sortOrder) {
        super(code, labelJa, labelEn, sortOrder);
    }
}
