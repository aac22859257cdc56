/** Administration: users, roles and missions, and the security audit log. */
@NullMarked
package org.grassroots.plan.web.admin;

import org.jspecify.annotations.NullMarked;
