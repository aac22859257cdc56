package org.grassroots.plan.persistence.activity;

import java.util.List;
import org.grassroots.plan.core.shared.Localized;

/**
 * A state of a mission's jurisdiction; where the mission covers only some counties of it, those counties (the
 * option code is the county id).
 */
public record ReportStateOption(
        String code, String labelJa, String labelEn, boolean wholeState, List<ReportOption> counties)
        implements Localized {}
