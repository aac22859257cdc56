/** Spring Data repository of initiatives. */
@NullMarked
package org.grassroots.plan.persistence.initiative;

import org.jspecify.annotations.NullMarked;
