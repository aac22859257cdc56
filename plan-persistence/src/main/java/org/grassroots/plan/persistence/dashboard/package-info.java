/**
 * The dashboards' read side: figures from the trigger-maintained {@code report_tally} table (ADR 0010) and the
 * reference and plan data shown beside them, each method one statement whatever the number of reports.
 */
@NullMarked
package org.grassroots.plan.persistence.dashboard;

import org.jspecify.annotations.NullMarked;
