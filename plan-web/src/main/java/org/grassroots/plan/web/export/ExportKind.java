package org.grassroots.plan.web.export;

import org.springframework.http.MediaType;

/** The files the exports page offers, by the name and extension of the file a user receives. */
enum ExportKind {
    PROGRESS_PDF("progress", "pdf", MediaType.APPLICATION_PDF),
    PROGRESS_XLSX("progress", "xlsx", ExportController.XLSX),
    REPORTS_CSV("reports", "csv", ExportController.CSV),
    INITIATIVES_CSV("initiatives", "csv", ExportController.CSV);

    private final String name;
    private final String extension;
    private final MediaType type;

    ExportKind(String name, String extension, MediaType type) {
        this.name = name;
        this.extension = extension;
        this.type = type;
    }

    /** The kind whose file the download URL names ({@code progress.xlsx}). */
    static ExportKind ofFile(String file) {
        for (ExportKind kind : values()) {
            if (kind.file().equals(file)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No export " + file);
    }

    /** The file as the download URLs and the audit log name it: {@code progress.xlsx}. */
    String file() {
        return name + "." + extension;
    }

    /** The name the user's browser saves the file under: {@code progress-fy2026-ja.xlsx}. */
    String fileName(ExportScope scope) {
        return name + "-" + scope.period().slug() + "-" + scope.language().getLanguage() + "." + extension;
    }

    MediaType type() {
        return type;
    }
}
