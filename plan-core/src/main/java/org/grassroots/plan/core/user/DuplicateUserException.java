package org.grassroots.plan.core.user;

/** The user name or e-mail address is already taken by another user. */
public class DuplicateUserException extends RuntimeException {

    /** Which of the unique fields is taken. */
    public enum Field {
        USERNAME,
        EMAIL
    }

    private final Field field;

    public DuplicateUserException(Field field) {
        super("Another user has the same " + field.name().toLowerCase(java.util.Locale.ROOT));
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
