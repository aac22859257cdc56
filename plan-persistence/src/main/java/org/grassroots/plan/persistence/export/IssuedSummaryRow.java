package org.grassroots.plan.persistence.export;

import java.time.Instant;
import org.grassroots.plan.core.shared.Language;

/** An issued summary in the archive list (without its files). */
public record IssuedSummaryRow(
        long id,
        int fiscalYear,
        int quarter,
        Language language,
        Instant issuedAt,
        String issuedBy,
        long pdfBytes,
        long xlsxBytes,
        String pdfSha256,
        String xlsxSha256) {}
