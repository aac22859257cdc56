package org.grassroots.plan.web.initiative;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of {@link InitiativeForm} that span fields: a title in at least one language, an end date not before
 * the start date, and complete partner and target lines. Field-level rules are Bean Validation annotations.
 */
class InitiativeFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return InitiativeForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        var form = (InitiativeForm) target;
        if (blank(form.getTitleJa()) && blank(form.getTitleEn())) {
            errors.rejectValue("titleJa", "initiative.error.title.required");
        }
        if (form.getStartDate() != null
                && form.getEndDate() != null
                && form.getEndDate().isBefore(form.getStartDate())) {
            errors.rejectValue("endDate", "initiative.error.endDate.beforeStart");
        }
        for (int i = 0; i < form.getPartners().size(); i++) {
            var row = form.getPartners().get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            if (blank(row.getName())) {
                errors.rejectValue("partners[" + i + "].name", "initiative.error.partner.name");
            }
            if (row.getKind() == null) {
                errors.rejectValue("partners[" + i + "].kind", "initiative.error.partner.kind");
            }
        }
        for (int i = 0; i < form.getTargets().size(); i++) {
            var row = form.getTargets().get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            if (blank(row.getIndicatorJa()) && blank(row.getIndicatorEn())) {
                errors.rejectValue("targets[" + i + "].indicatorJa", "initiative.error.target.indicator");
            }
            if (row.getTargetValue() == null && !errors.hasFieldErrors("targets[" + i + "].targetValue")) {
                errors.rejectValue("targets[" + i + "].targetValue", "initiative.error.target.value");
            }
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
