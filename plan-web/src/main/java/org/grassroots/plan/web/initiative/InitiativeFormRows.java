package org.grassroots.plan.web.initiative;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.plan.core.initiative.Partner;
import org.grassroots.plan.core.initiative.Target;
import org.jspecify.annotations.Nullable;

/**
 * The partner and target lines of the initiative form, with the blank lines kept at the end so that more can be
 * added without JavaScript; kept apart like the classification fields so that the form class stays readable.
 */
public abstract class InitiativeFormRows extends InitiativeFormClassification {

    static final int BLANK_ROWS = 2;

    @Valid
    private List<PartnerRow> partners = new ArrayList<>();

    @Valid
    private List<TargetRow> targets = new ArrayList<>();

    /** Set for spreadsheet rows, which carry no partners or targets: the stored ones are kept. */
    private boolean keepPartnersAndTargets;

    void keepStoredPartnersAndTargets() {
        this.keepPartnersAndTargets = true;
    }

    /** Keeps a few empty partner and target lines at the end so more can be added without JavaScript. */
    void padRows() {
        partners.removeIf(row -> row == null);
        targets.removeIf(row -> row == null);
        while (partners.stream().filter(PartnerRow::isBlank).count() < BLANK_ROWS) {
            partners.add(new PartnerRow());
        }
        while (targets.stream().filter(TargetRow::isBlank).count() < BLANK_ROWS) {
            targets.add(new TargetRow());
        }
    }

    /** The partners entered, blank lines left out; none (keep the stored ones) for a spreadsheet row. */
    @Nullable
    List<Partner> enteredPartners() {
        return keepPartnersAndTargets
                ? null
                : partners.stream()
                        .filter(row -> !row.isBlank())
                        .map(PartnerRow::toPartner)
                        .toList();
    }

    /** The targets entered, blank lines left out; none (keep the stored ones) for a spreadsheet row. */
    @Nullable
    List<Target> enteredTargets() {
        return keepPartnersAndTargets
                ? null
                : targets.stream()
                        .filter(row -> !row.isBlank())
                        .map(TargetRow::toTarget)
                        .toList();
    }

    public List<PartnerRow> getPartners() {
        return partners;
    }

    public void setPartners(List<PartnerRow> partners) {
        this.partners = partners;
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public void setTargets(List<TargetRow> targets) {
        this.targets = targets;
    }
}
