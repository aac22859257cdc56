package org.grassroots.plan.core.initiative;

/**
 * Replaces an initiative's details, provided it is still at the version the editor started from. With
 * {@code translationConfirmed} the editor states that both languages say the same, which clears the
 * "translation may be out of date" flags.
 */
public record UpdateInitiative(
        Long id, long version, InitiativeDetails details, boolean translationConfirmed, String editor) {}
