package org.grassroots.plan.web.export;

/** An export asked for with parameters that do not make sense; answered with a 400 page naming the problem. */
class InvalidExportRequestException extends RuntimeException {

    private final String messageKey;

    InvalidExportRequestException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
