/** Read-only queries that compute figures in SQL for pages, dashboards and exports. */
@NullMarked
package org.grassroots.plan.persistence.reporting;

import org.jspecify.annotations.NullMarked;
