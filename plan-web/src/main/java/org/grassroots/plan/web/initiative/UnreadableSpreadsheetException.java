package org.grassroots.plan.web.initiative;

/** The uploaded file is not an initiative spreadsheet the portal can read; carries the message key to show. */
class UnreadableSpreadsheetException extends RuntimeException {

    UnreadableSpreadsheetException(String messageKey) {
        super(messageKey);
    }

    String messageKey() {
        return getMessage();
    }
}
