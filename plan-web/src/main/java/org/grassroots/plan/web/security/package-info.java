/** Sign-in and the signed-in user. */
@NullMarked
package org.grassroots.plan.web.security;

import org.jspecify.annotations.NullMarked;
