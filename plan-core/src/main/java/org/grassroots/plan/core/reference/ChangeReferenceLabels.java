package org.grassroots.plan.core.reference;

/** An administrator relabels a sector or audience, or stops (or starts again) offering it in forms. */
public record ChangeReferenceLabels(
        long actorId, ReferenceKind kind, String code, long version, String labelJa, String labelEn, boolean active) {}
