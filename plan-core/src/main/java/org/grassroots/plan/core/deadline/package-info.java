/** The reporting deadline rule: a due date ends at midnight in the mission's own time zone; on time, late, missing. */
@NullMarked
package org.grassroots.plan.core.deadline;

import org.jspecify.annotations.NullMarked;
