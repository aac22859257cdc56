/** Sessions kept in PostgreSQL, read once and written only when something in them changed. */
@NullMarked
package org.grassroots.plan.web.session;

import org.jspecify.annotations.NullMarked;
