package org.grassroots.plan.web.export;

import org.jspecify.annotations.Nullable;

/**
 * The one rule against formula injection for every spreadsheet-like export: a text that a spreadsheet would read
 * as a formula or a command (it begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return)
 * is written with a leading apostrophe, which Excel and LibreOffice show as text and do not evaluate.
 */
final class CellText {

    private CellText() {}

    static @Nullable String neutralise(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
