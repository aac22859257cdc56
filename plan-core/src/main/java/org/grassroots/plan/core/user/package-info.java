/** Portal users, their roles and, for reporters, their mission. */
@NullMarked
package org.grassroots.plan.core.user;

import org.jspecify.annotations.NullMarked;
