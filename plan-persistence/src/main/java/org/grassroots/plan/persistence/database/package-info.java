/** The datasource: an embedded PostgreSQL when no database is configured. */
@NullMarked
package org.grassroots.plan.persistence.database;

import org.jspecify.annotations.NullMarked;
