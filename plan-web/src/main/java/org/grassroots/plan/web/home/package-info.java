/** The portal's start page. */
@NullMarked
package org.grassroots.plan.web.home;

import org.jspecify.annotations.NullMarked;
