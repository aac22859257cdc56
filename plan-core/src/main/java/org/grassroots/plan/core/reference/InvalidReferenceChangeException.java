package org.grassroots.plan.core.reference;

/** A change of reference data was refused; the message key says why (for the page), the detail for the log. */
public class InvalidReferenceChangeException extends RuntimeException {

    private final String messageKey;

    public InvalidReferenceChangeException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
