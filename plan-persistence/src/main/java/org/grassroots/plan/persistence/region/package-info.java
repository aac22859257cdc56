/** State characteristics: the store behind the core service and the read side of the characteristics screens. */
@NullMarked
package org.grassroots.plan.persistence.region;

import org.jspecify.annotations.NullMarked;
