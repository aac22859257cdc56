/** Read side of the exports: raw report and initiative rows (streamed), progress figures, issued summaries. */
@NullMarked
package org.grassroots.plan.persistence.export;

import org.jspecify.annotations.NullMarked;
