/** Spring Data repositories of the plan's reference data. */
@NullMarked
package org.grassroots.plan.persistence.reference;

import org.jspecify.annotations.NullMarked;
