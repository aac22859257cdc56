package org.grassroots.plan.core.initiative;

/** An archived initiative is read-only until an administrator restores it. */
public class InitiativeArchivedException extends RuntimeException {

    public InitiativeArchivedException(Long id) {
        super("Initiative " + id + " is archived");
    }
}
