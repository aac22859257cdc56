/** Jurisdiction changes by administrators and the read side of the jurisdiction screen. */
@NullMarked
package org.grassroots.plan.persistence.jurisdiction;

import org.jspecify.annotations.NullMarked;
