package org.grassroots.plan.core.activity;

import java.util.List;

/** An import had problems; nothing was filed. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportViolation> violations;

    public ImportRejectedException(List<ImportViolation> violations) {
        super(violations.size() + " problems in the import");
        this.violations = List.copyOf(violations);
    }

    public List<ImportViolation> getViolations() {
        return violations;
    }
}
