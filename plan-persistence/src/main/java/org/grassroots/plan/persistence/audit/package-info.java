/** Storage of the security audit log. */
@NullMarked
package org.grassroots.plan.persistence.audit;

import org.jspecify.annotations.NullMarked;
