/** Issued progress summaries: immutable snapshots of a closed quarter's PDF and XLSX. */
@NullMarked
package org.grassroots.plan.core.export;

import org.jspecify.annotations.NullMarked;
