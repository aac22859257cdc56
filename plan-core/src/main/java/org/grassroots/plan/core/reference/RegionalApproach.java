package org.grassroots.plan.core.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.grassroots.plan.core.shared.CodedReference;

/** One of the plan's four approaches by regional characteristics (地域の特徴に応じたアプローチ). */
@Entity
@Table(name = "regional_approach")
public class RegionalApproach extends CodedReference {

    protected RegionalApproach() {}

    public RegionalApproach(String code, String labelJa, String labelEn, int sortOrder) {
        super(code, labelJa, labelEn, sortOrder);
    }
}
