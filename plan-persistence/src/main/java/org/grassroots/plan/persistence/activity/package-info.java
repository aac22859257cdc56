/** Spring Data repositories of activity reports and reporting periods. */
@NullMarked
package org.grassroots.plan.persistence.activity;

import org.jspecify.annotations.NullMarked;
