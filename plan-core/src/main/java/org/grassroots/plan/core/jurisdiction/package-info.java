/** Administrators move a county or a whole state to another mission, guarded and audited. */
@NullMarked
package org.grassroots.plan.core.jurisdiction;

import org.jspecify.annotations.NullMarked;
