package org.grassroots.plan.core.jurisdiction;

/** A jurisdiction change was refused; the message key says why (for the page), the detail for the log. */
public class InvalidJurisdictionChangeException extends RuntimeException {

    private final String messageKey;

    public InvalidJurisdictionChangeException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
