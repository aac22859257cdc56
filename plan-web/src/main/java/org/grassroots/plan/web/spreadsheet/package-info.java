/** Reading cells and dates from uploaded spreadsheets, one way for every import. */
@NullMarked
package org.grassroots.plan.web.spreadsheet;

import org.jspecify.annotations.NullMarked;
