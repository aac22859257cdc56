/** Read-side values shared by the feature queries. */
@NullMarked
package org.grassroots.plan.persistence.shared;

import org.jspecify.annotations.NullMarked;
