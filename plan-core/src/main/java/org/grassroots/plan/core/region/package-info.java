/** Regional characteristics of U.S. states (the plan's regional approaches), maintained by HQ with history. */
@NullMarked
package org.grassroots.plan.core.region;

import org.jspecify.annotations.NullMarked;
