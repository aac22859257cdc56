/** Activity reports (活動報告) filed by the missions and their review workflow. */
@NullMarked
package org.grassroots.plan.core.activity;

import org.jspecify.annotations.NullMarked;
