/** The dashboards: national overview, state, priority-area, coverage and mission pages (ADR 0010). */
@NullMarked
package org.grassroots.plan.web.dashboard;

import org.jspecify.annotations.NullMarked;
