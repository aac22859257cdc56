/** Browsing, finding, editing, archiving and the history of initiatives. */
@NullMarked
package org.grassroots.plan.web.initiative;

import org.jspecify.annotations.NullMarked;
