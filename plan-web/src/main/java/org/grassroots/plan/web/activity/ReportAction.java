package org.grassroots.plan.web.activity;

import java.util.Locale;

/** The two buttons of the report form: keep it as a draft of the mission, or submit it for review. */
public enum ReportAction {
    DRAFT,
    SUBMIT;

    /** The action an API client asks for with {@code submit=true|false}. */
    static ReportAction of(boolean submit) {
        return submit ? SUBMIT : DRAFT;
    }

    boolean submits() {
        return this == SUBMIT;
    }

    /** The flash message after the action. */
    String doneMessage() {
        return this == SUBMIT ? "reports.submitted" : "reports.saved";
    }

    /** The value of the form's action button ("draft" or "submit"). */
    static ReportAction ofParameter(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
