/**
 * Exports for HQ and administrators: the progress summary (PDF, XLSX), reports and initiatives (CSV), issued
 * quarterly summaries and the state fact sheet.
 */
@NullMarked
package org.grassroots.plan.web.export;

import org.jspecify.annotations.NullMarked;
