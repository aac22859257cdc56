package org.grassroots.plan.core.initiative;

/** Someone else saved the initiative after the editor loaded it; the edit was not applied. */
public class InitiativeChangedException extends RuntimeException {

    private final Long id;

    public InitiativeChangedException(Long id) {
        super("Initiative " + id + " was changed by someone else");
        this.id = id;
    }

    public Long getId() {
        return id;
    }
}
