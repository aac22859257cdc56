/**
 * The JSON API under {@code /api/v1}: bearer-token security, RFC 9457 problem responses, reference data and
 * summaries. The initiative and report endpoints live with their features ({@code web.initiative},
 * {@code web.activity}) so that they reuse the web forms and their validation.
 */
@NullMarked
package org.grassroots.plan.web.api;

import org.jspecify.annotations.NullMarked;
