/** Storage and the administrators' list of personal access tokens for the JSON API. */
@NullMarked
package org.grassroots.plan.persistence.token;

import org.jspecify.annotations.NullMarked;
