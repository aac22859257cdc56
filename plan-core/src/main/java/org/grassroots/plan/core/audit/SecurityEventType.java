package org.grassroots.plan.core.audit;

/** What happened, as written to the security audit log. */
public enum SecurityEventType {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_REFUSED,
    ACCOUNT_LOCKED,
    SIGN_OUT,
    PASSWORD_CHANGED,
    PASSWORD_CHANGE_FAILED,
    PASSWORD_RESET,
    ROLE_CHANGED,
    USER_CREATED,
    USER_DISABLED,
    USER_ENABLED,
    USER_UNLOCKED,
    EXPORT_DOWNLOADED,
    SUMMARY_ISSUED,
    API_TOKEN_ISSUED,
    API_TOKEN_REVOKED
}
