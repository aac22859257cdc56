package org.grassroots.plan.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.grassroots.plan.core.export.IssuedSummaries;
import org.grassroots.plan.core.export.SummarySnapshot;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.springframework.stereotype.Component;

/**
 * Issues the summary of a closed quarter: renders its PDF and XLSX in Japanese and English and stores them as an
 * immutable snapshot, once per quarter whoever asks first (an administrator or the quarter-end job on any node).
 */
@Component
class SummaryIssuer {

    /** Who issued a summary when the portal did it by itself. */
    static final String SYSTEM = "system";

    /** The outcome of asking to issue a quarter. */
    enum Outcome {
        ISSUED,
        ALREADY_ISSUED,
        NOT_CLOSED
    }

    private final IssuedSummaries issued;
    private final ExportScopes scopes;
    private final ProgressSummaries summaries;
    private final ProgressPdf pdf;
    private final ProgressWorkbook workbook;
    private final ExportAudit audit;
    private final Clock clock;

    SummaryIssuer(
            IssuedSummaries issued,
            ExportScopes scopes,
            ProgressSummaries summaries,
            ProgressPdf pdf,
            ProgressWorkbook workbook,
            ExportAudit audit,
            Clock clock) {
        this.issued = issued;
        this.scopes = scopes;
        this.summaries = summaries;
        this.pdf = pdf;
        this.workbook = workbook;
        this.audit = audit;
        this.clock = clock;
    }

    Outcome issue(FiscalYear fiscalYear, int quarter, String actor) {
        if (!fiscalYear.quarterEnd(quarter).isBefore(LocalDate.now(clock))) {
            return Outcome.NOT_CLOSED;
        }
        boolean done = issued.issueOnce(fiscalYear, quarter, actor, clock.instant(), () -> render(fiscalYear, quarter));
        if (!done) {
            return Outcome.ALREADY_ISSUED;
        }
        audit.issued(actor, fiscalYear + " Q" + quarter);
        return Outcome.ISSUED;
    }

    /** The quarter that ended most recently before today (Tokyo time). */
    Outcome issueLastClosedQuarter() {
        LocalDate lastDayOfPreviousQuarter = quarterStart(LocalDate.now(clock)).minusDays(1);
        var fiscalYear = FiscalYear.containing(lastDayOfPreviousQuarter);
        return issue(fiscalYear, FiscalYear.quarterOf(lastDayOfPreviousQuarter), SYSTEM);
    }

    private static LocalDate quarterStart(LocalDate day) {
        var fiscalYear = FiscalYear.containing(day);
        return fiscalYear.quarterStart(FiscalYear.quarterOf(day));
    }

    private List<SummarySnapshot> render(FiscalYear fiscalYear, int quarter) {
        return List.of(Locale.JAPANESE, Locale.ENGLISH).stream()
                .map(language -> {
                    ExportScope scope = scopes.quarter(fiscalYear, quarter, language);
                    var xlsx = new ByteArrayOutputStream();
                    try {
                        workbook.write(scope, xlsx);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return new SummarySnapshot(
                            language.getLanguage(), pdf.render(summaries.summary(scope)), xlsx.toByteArray());
                })
                .toList();
    }
}
