package org.grassroots.plan.persistence.region;

import java.util.List;
import org.grassroots.plan.core.shared.Localized;

/** A state and the codes of the regional characteristics that apply to it. */
public record StateCharacteristicsRow(String code, String labelJa, String labelEn, List<String> approachCodes)
        implements Localized {}
