package org.grassroots.plan.core.region;

/** Someone changed or removed the figure after the administrator opened it. */
public class StaleStateFigureException extends RuntimeException {

    public StaleStateFigureException(long id) {
        super("State figure " + id + " was changed meanwhile");
    }
}
