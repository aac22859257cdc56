package org.grassroots.plan.core.token;

/** What an API token may do on top of its user's role: read data, or also write it. */
public enum ApiScope {
    /** Read initiatives, reports, reference data and summaries. */
    READ,
    /** Create and change reports and initiatives, within the user's role and jurisdiction. */
    WRITE
}
