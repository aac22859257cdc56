/** Initiatives (取組) of Action Plan 4.0 and the use cases that change them. */
@NullMarked
package org.grassroots.plan.core.initiative;

import org.jspecify.annotations.NullMarked;
