/** HQ's screens for the regional characteristics of the states. */
@NullMarked
package org.grassroots.plan.web.region;

import org.jspecify.annotations.NullMarked;
