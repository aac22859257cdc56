/** Running the portal: pages for a database outage and for over-size requests, answered before any session work. */
@NullMarked
package org.grassroots.plan.web.operations;

import org.jspecify.annotations.NullMarked;
