/** Personal access tokens for the JSON API: issued, scoped, expired and revoked by administrators. */
@NullMarked
package org.grassroots.plan.core.token;

import org.jspecify.annotations.NullMarked;
