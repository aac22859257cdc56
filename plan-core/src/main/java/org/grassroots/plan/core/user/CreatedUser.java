package org.grassroots.plan.core.user;

/** A newly created user and the one-time password to hand over; it is not stored anywhere in clear. */
public record CreatedUser(Long id, String oneTimePassword) {

    @Override
    public String toString() {
        return "CreatedUser[id=" + id + "]";
    }
}
