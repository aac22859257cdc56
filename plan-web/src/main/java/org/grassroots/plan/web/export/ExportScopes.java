package org.grassroots.plan.web.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.grassroots.plan.core.fiscal.FiscalYear;
import org.grassroots.plan.persistence.activity.ReportFormOptions;
import org.grassroots.plan.persistence.activity.ReportOption;
import org.grassroots.plan.persistence.export.ExportFilter;
import org.grassroots.plan.persistence.initiative.InitiativeOptionsQueries;
import org.grassroots.plan.persistence.shared.CodeLabel;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** Checks an {@link ExportRequest} and turns it into an {@link ExportScope}, or says what is wrong with it. */
@Component
class ExportScopes {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final InitiativeOptionsQueries options;
    private final ReportFormOptions revisions;
    private final boolean demo;

    ExportScopes(InitiativeOptionsQueries options, ReportFormOptions revisions, Environment environment) {
        this.options = options;
        this.revisions = revisions;
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
    }

    /** The scope of a request whose parameters were bound, refusing those that could not be read at all. */
    ExportScope resolve(ExportRequest request, BindingResult binding, Locale requestLocale) {
        if (binding.hasErrors()) {
            throw new InvalidExportRequestException("export.error.parameter");
        }
        return resolve(request, requestLocale);
    }

    ExportScope resolve(ExportRequest request, Locale requestLocale) {
        Locale language = language(request.getLang(), requestLocale);
        ExportPeriod period = period(request);
        var choices = options.options();
        check(
                request.getArea(),
                choices.pillars().stream()
                        .flatMap(p -> Stream.concat(Stream.of(p.pillar()), p.areas().stream()))
                        .map(CodeLabel::code)
                        .collect(Collectors.toSet()));
        check(request.getMission(), codes(choices.missions()));
        check(request.getState(), codes(choices.states()));
        String revision =
                request.getRevision() == null || request.getRevision().isBlank() ? null : request.getRevision();
        if (revision != null) {
            check(
                    List.of(revision),
                    revisions.planRevisions().stream().map(ReportOption::code).collect(Collectors.toSet()));
        }
        var filter = new ExportFilter(
                period.from(),
                period.to(),
                FiscalYear.containing(period.from()).year(),
                FiscalYear.containing(period.to()).year(),
                distinct(request.getArea()),
                distinct(request.getMission()),
                distinct(request.getState()),
                revision);
        return new ExportScope(period, filter, language, demo);
    }

    boolean demo() {
        return demo;
    }

    /** The scope of an issued summary: one whole quarter, nothing filtered. */
    ExportScope quarter(FiscalYear fiscalYear, int quarter, Locale language) {
        var period = ExportPeriod.quarters(fiscalYear, quarter, quarter);
        var filter = new ExportFilter(
                period.from(), period.to(), fiscalYear.year(), fiscalYear.year(), List.of(), List.of(), List.of());
        return new ExportScope(period, filter, language, demo);
    }

    static Locale language(@Nullable String lang, Locale requestLocale) {
        if (lang == null || lang.isBlank()) {
            return "en".equals(requestLocale.getLanguage()) ? Locale.ENGLISH : Locale.JAPANESE;
        }
        return switch (lang) {
            case "ja" -> Locale.JAPANESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new InvalidExportRequestException("export.error.lang");
        };
    }

    private static ExportPeriod period(ExportRequest request) {
        LocalDate from = request.getFrom();
        LocalDate to = request.getTo();
        if (from != null || to != null) {
            if (from == null || to == null) {
                throw new InvalidExportRequestException("export.error.rangeIncomplete");
            }
            if (!request.getQuarter().isEmpty()) {
                throw new InvalidExportRequestException("export.error.rangeAndYear");
            }
            if (to.isBefore(from)) {
                throw new InvalidExportRequestException("export.error.rangeOrder");
            }
            if (from.getYear() < FIRST_YEAR || to.getYear() > LAST_YEAR) {
                throw new InvalidExportRequestException("export.error.fy");
            }
            return ExportPeriod.range(from, to);
        }
        Integer fy = request.getFy();
        if (fy == null) {
            throw new InvalidExportRequestException("export.error.fyMissing");
        }
        if (fy < FIRST_YEAR || fy > LAST_YEAR) {
            throw new InvalidExportRequestException("export.error.fy");
        }
        var year = FiscalYear.of(fy);
        Set<Integer> quarters = new TreeSet<>(request.getQuarter());
        if (quarters.isEmpty()) {
            return ExportPeriod.year(year);
        }
        if (quarters.stream().anyMatch(q -> q == null || q < 1 || q > 4)) {
            throw new InvalidExportRequestException("export.error.quarter");
        }
        int first = quarters.iterator().next();
        int last = first + quarters.size() - 1;
        if (!quarters.contains(last)) {
            throw new InvalidExportRequestException("export.error.quartersNotConsecutive");
        }
        return ExportPeriod.quarters(year, first, last);
    }

    private static void check(List<String> codes, Set<String> known) {
        if (codes.stream().anyMatch(code -> code == null || !known.contains(code))) {
            throw new InvalidExportRequestException("export.error.unknownCode");
        }
    }

    private static Set<String> codes(List<CodeLabel> items) {
        return items.stream().map(CodeLabel::code).collect(Collectors.toSet());
    }

    private static List<String> distinct(List<String> codes) {
        return codes.stream().distinct().toList();
    }
}
