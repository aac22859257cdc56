/** The signed-in user's own account: changing the password. */
@NullMarked
package org.grassroots.plan.web.account;

import org.jspecify.annotations.NullMarked;
