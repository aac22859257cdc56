/** Activity report pages: the report form, lists, the review queue, the mission page and the reporting calendar. */
@NullMarked
package org.grassroots.plan.web.activity;

import org.jspecify.annotations.NullMarked;
