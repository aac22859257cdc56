package org.grassroots.plan.web.export;

import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Component;

/** Writes one export file to a stream, for the direct downloads and for the exports prepared in the background. */
@Component
class ExportWriter {

    private final CsvExports csv;
    private final ProgressWorkbook workbook;
    private final ProgressPdf pdf;

    ExportWriter(CsvExports csv, ProgressWorkbook workbook, ProgressPdf pdf) {
        this.csv = csv;
        this.workbook = workbook;
        this.pdf = pdf;
    }

    void write(ExportKind kind, ExportScope scope, OutputStream out) throws IOException {
        switch (kind) {
            case PROGRESS_PDF -> out.write(pdf.render(scope));
            case PROGRESS_XLSX -> workbook.write(scope, out);
            case REPORTS_CSV -> csv.reports(scope, out);
            case INITIATIVES_CSV -> csv.initiatives(scope, out);
        }
    }
}
