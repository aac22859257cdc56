/** Spring Data repository of activity reports. */
@NullMarked
package org.grassroots.plan.persistence.activity;

import org.jspecify.annotations.NullMarked;
