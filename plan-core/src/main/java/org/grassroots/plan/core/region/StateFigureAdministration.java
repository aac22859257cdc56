package org.grassroots.plan.core.region;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.plan.core.activity.ReportAccessDeniedException;
import org.grassroots.plan.core.shared.FieldViolation;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.core.user.Users;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators add, correct and remove the published figures of a state. Every figure keeps its year and
 * source (the portal never shows a figure without them), one figure per state, metric and year; each change is
 * recorded with who, when and the figure before and after.
 */
@Service
@Transactional
public class StateFigureAdministration {

    private final StateFigureStore store;
    private final Users users;
    private final Clock clock;

    StateFigureAdministration(StateFigureStore store, Users users, Clock clock) {
        this.store = store;
        this.users = users;
        this.clock = clock;
    }

    public long add(long actorId, String stateCode, StateFigure figure) {
        requireAdministrator(actorId);
        if (!store.stateExists(stateCode)) {
            throw new StateNotFoundException(stateCode);
        }
        StateFigure clean = check(stateCode, figure, null);
        long id = store.insert(stateCode, clean);
        store.recordChange(stateCode, clean.metric(), "ADDED", null, clean.describe(), actorId, clock.instant());
        return id;
    }

    public void change(long actorId, long id, long version, StateFigure figure) {
        requireAdministrator(actorId);
        var stored = store.find(id).orElseThrow(() -> new StaleStateFigureException(id));
        if (stored.version() != version) {
            throw new StaleStateFigureException(id);
        }
        StateFigure clean = check(stored.stateCode(), figure, id);
        if (clean.describe().equals(stored.figure().describe())) {
            return;
        }
        if (!store.update(id, version, clean)) {
            throw new StaleStateFigureException(id);
        }
        store.recordChange(
                stored.stateCode(),
                clean.metric(),
                "CHANGED",
                stored.figure().describe(),
                clean.describe(),
                actorId,
                clock.instant());
    }

    public void remove(long actorId, long id, long version) {
        requireAdministrator(actorId);
        var stored = store.find(id).orElseThrow(() -> new StaleStateFigureException(id));
        if (stored.version() != version || !store.delete(id, version)) {
            throw new StaleStateFigureException(id);
        }
        store.recordChange(
                stored.stateCode(),
                stored.figure().metric(),
                "REMOVED",
                stored.figure().describe(),
                null,
                actorId,
                clock.instant());
    }

    private void requireAdministrator(long actorId) {
        var actor = users.findById(actorId).orElseThrow(() -> new ReportAccessDeniedException("Unknown user"));
        if (!actor.isEnabled() || actor.getRole() != Role.ADMIN) {
            throw new ReportAccessDeniedException(actor.getUsername() + " may not change state figures");
        }
    }

    private StateFigure check(String stateCode, StateFigure figure, @Nullable Long id) {
        var violations = new ArrayList<FieldViolation>();
        String metric = text(figure.metric(), "metric", 200, true, violations);
        String valueText = text(figure.valueText(), "valueText", 200, false, violations);
        String source = text(figure.source(), "source", 1000, true, violations);
        String confidence = text(figure.confidence(), "confidence", 100, true, violations);
        if (figure.value() == null && valueText == null) {
            violations.add(new FieldViolation("value", "reference.figures.error.valueRequired"));
        }
        if (figure.value() != null
                && figure.value().abs().precision() - figure.value().scale() > 12) {
            violations.add(new FieldViolation("value", "reference.figures.error.valueTooLarge"));
        }
        if (figure.year() != null && (figure.year() < 1900 || figure.year() > 2100)) {
            violations.add(new FieldViolation("year", "reference.figures.error.year"));
        }
        if (metric != null && store.duplicate(stateCode, metric, figure.year(), id)) {
            violations.add(new FieldViolation("metric", "reference.figures.error.duplicate"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidStateFigureException(violations);
        }
        return new StateFigure(metric, figure.value(), valueText, figure.year(), source, confidence);
    }

    private static @Nullable String text(
            @Nullable String value, String field, int max, boolean required, List<FieldViolation> violations) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                violations.add(new FieldViolation(field, "reference.figures.error.required"));
            }
            return null;
        }
        if (text.length() > max) {
            violations.add(new FieldViolation(field, "reference.figures.error.tooLong"));
        }
        return text;
    }
}
