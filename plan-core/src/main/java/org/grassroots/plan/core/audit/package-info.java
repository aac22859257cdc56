/** The security audit log: sign-ins, locks, password and role changes, written for administrators to browse. */
@NullMarked
package org.grassroots.plan.core.audit;

import org.jspecify.annotations.NullMarked;
