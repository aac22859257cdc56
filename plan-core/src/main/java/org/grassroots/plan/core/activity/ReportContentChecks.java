package org.grassroots.plan.core.activity;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import org.grassroots.plan.core.shared.FieldViolation;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a report's content that need no reference data: the date window, the free text and the links.
 * Each adds its violations to the list, so that the resolver reports them together with the rest.
 */
final class ReportContentChecks {

    private ReportContentChecks() {}

    static void checkDate(@Nullable LocalDate date, LocalDate today, List<FieldViolation> violations) {
        if (date == null) {
            violations.add(new FieldViolation("activityDate", "reports.error.required"));
        } else if (date.isBefore(ReportContentResolver.EARLIEST_DATE)) {
            violations.add(new FieldViolation("activityDate", "reports.error.dateTooEarly"));
        } else if (date.isAfter(today)) {
            violations.add(new FieldViolation("activityDate", "reports.error.dateInFuture"));
        }
    }

    /** The free text: a summary, lengths the columns hold, a known language, no negative participant count. */
    static void checkWriting(ReportContent content, List<FieldViolation> violations) {
        if (content.participants() != null && content.participants() < 0) {
            violations.add(new FieldViolation("participants", "reports.error.participants"));
        }
        if (content.summary() == null || content.summary().isBlank()) {
            violations.add(new FieldViolation("summary", "reports.error.required"));
        }
        checkLength("city", content.city(), 120, violations);
        checkLength("counterpart", content.counterpart(), 300, violations);
        checkLength("summary", content.summary(), 8000, violations);
        checkLength("outcome", content.outcome(), 4000, violations);
        checkLength("followUp", content.followUp(), 4000, violations);
        if (!"ja".equals(content.language()) && !"en".equals(content.language())) {
            violations.add(new FieldViolation("language", "reports.error.unknownCode"));
        }
    }

    private static void checkLength(String field, @Nullable String text, int max, List<FieldViolation> violations) {
        if (text != null && text.length() > max) {
            violations.add(new FieldViolation(field, "reports.error.tooLong"));
        }
    }

    static void checkLinks(List<String> links, List<FieldViolation> violations) {
        if (links.size() > ReportContentResolver.MAX_LINKS) {
            violations.add(new FieldViolation("links", "reports.error.tooManyLinks"));
        }
        for (int i = 0; i < links.size(); i++) {
            if (!isWebAddress(links.get(i))) {
                violations.add(new FieldViolation("links[" + i + "]", "reports.error.link"));
            }
        }
    }

    static boolean isWebAddress(String link) {
        if (link.length() > 2000) {
            return false;
        }
        try {
            var uri = new URI(link);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
