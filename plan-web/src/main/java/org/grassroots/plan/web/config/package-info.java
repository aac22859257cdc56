/** Web configuration: locale, security, error handling, shared model attributes. */
@NullMarked
package org.grassroots.plan.web.config;

import org.jspecify.annotations.NullMarked;
