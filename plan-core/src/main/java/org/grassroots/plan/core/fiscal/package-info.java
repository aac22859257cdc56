/** The Japanese government fiscal year (April to March) and its quarters. */
@NullMarked
package org.grassroots.plan.core.fiscal;

import org.jspecify.annotations.NullMarked;
