package org.grassroots.plan.web.export;

import java.util.Locale;
import org.grassroots.plan.persistence.export.ExportFilter;

/** A checked export request: the period, the filter for the queries, the file's language and the demo flag. */
public record ExportScope(ExportPeriod period, ExportFilter filter, Locale language, boolean demo) {

    public boolean japanese() {
        return "ja".equals(language.getLanguage());
    }
}
