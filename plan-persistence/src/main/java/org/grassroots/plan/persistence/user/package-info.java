/** Spring Data repository of the portal's users. */
@NullMarked
package org.grassroots.plan.persistence.user;

import org.jspecify.annotations.NullMarked;
