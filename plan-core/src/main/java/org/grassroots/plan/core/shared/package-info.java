/** Building blocks shared by the domain's features. */
@NullMarked
package org.grassroots.plan.core.shared;

import org.jspecify.annotations.NullMarked;
