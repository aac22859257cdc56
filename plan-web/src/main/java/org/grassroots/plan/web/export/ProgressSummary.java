package org.grassroots.plan.web.export;

import java.time.Instant;
import java.util.List;
import org.grassroots.plan.persistence.export.InitiativeExportLine;
import org.grassroots.plan.persistence.export.ProgressFigures;
import org.grassroots.plan.persistence.export.ReportExportRow;

/**
 * Everything the PDF summary shows, read at {@code issuedAt}: the figures, the initiatives (the first
 * {@link ProgressSummaries#PDF_INITIATIVES}, {@code initiativeCount} in all) and the notable accepted reports.
 */
public record ProgressSummary(
        ExportScope scope,
        Instant issuedAt,
        ProgressFigures figures,
        List<InitiativeExportLine> initiatives,
        long initiativeCount,
        List<ReportExportRow> notableReports) {}
