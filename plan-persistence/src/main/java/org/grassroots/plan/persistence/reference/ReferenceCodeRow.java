package org.grassroots.plan.persistence.reference;

import org.grassroots.plan.core.shared.Localized;

/** A sector or audience as the administration list shows it, with how many initiatives use it. */
public record ReferenceCodeRow(
        String code, String labelJa, String labelEn, boolean active, long version, long initiatives)
        implements Localized {}
