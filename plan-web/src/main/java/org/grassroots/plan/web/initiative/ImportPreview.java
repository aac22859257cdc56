package org.grassroots.plan.web.initiative;

import java.util.List;
import org.grassroots.plan.core.shared.FieldChange;
import org.grassroots.plan.persistence.initiative.HistoryItem;
import org.jspecify.annotations.Nullable;

/** What an uploaded spreadsheet would do, line by line; applied only when no line has an error or a conflict. */
record ImportPreview(List<Line> lines) {

    enum Kind {
        NEW,
        CHANGED,
        UNCHANGED,
        CONFLICT,
        ERROR
    }

    /** A problem in one cell: the column header and the message in the reader's language. */
    record CellError(String column, String message) {}

    /** One spreadsheet line and what it would do; {@code form} is what would be saved. */
    record Line(
            int row,
            @Nullable Long id,
            Kind kind,
            String title,
            List<FieldChange<List<HistoryItem>>> changes,
            List<CellError> errors,
            InitiativeForm form) {}

    long count(String kind) {
        return lines.stream().filter(line -> line.kind() == Kind.valueOf(kind)).count();
    }

    public long newCount() {
        return count("NEW");
    }

    public long changedCount() {
        return count("CHANGED");
    }

    public long unchangedCount() {
        return count("UNCHANGED");
    }

    public long conflictCount() {
        return count("CONFLICT");
    }

    public long errorCount() {
        return count("ERROR");
    }

    /** Whether confirming would apply something: no errors, no conflicts, at least one new or changed line. */
    public boolean applicable() {
        return errorCount() == 0 && conflictCount() == 0 && newCount() + changedCount() > 0;
    }
}
