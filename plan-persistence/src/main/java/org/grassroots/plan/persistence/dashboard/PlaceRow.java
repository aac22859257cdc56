package org.grassroots.plan.persistence.dashboard;

import org.grassroots.plan.core.shared.Localized;

/** A U.S. state, DC or territory: USPS code, kind (STATE, DISTRICT, TERRITORY) and names. */
public record PlaceRow(String code, String kind, String labelJa, String labelEn) implements Localized {

    /** One of the 50 states or DC, the places the map draws and "states reached" counts. */
    public boolean isStateOrDistrict() {
        return !"TERRITORY".equals(kind);
    }
}
