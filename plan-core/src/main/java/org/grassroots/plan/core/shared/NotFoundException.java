package org.grassroots.plan.core.shared;

/** Something asked for by id or code does not exist; the web layer answers 404. */
public abstract class NotFoundException extends RuntimeException {

    protected NotFoundException(String message) {
        super(message);
    }
}
