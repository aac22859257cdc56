/** The plan's reference data: priority areas, sectors, approaches, interest tiers, audiences, states, missions. */
@NullMarked
package org.grassroots.plan.core.reference;

import org.jspecify.annotations.NullMarked;
