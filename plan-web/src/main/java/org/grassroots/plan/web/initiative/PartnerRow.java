package org.grassroots.plan.web.initiative;

import jakarta.validation.constraints.Size;
import org.grassroots.plan.core.initiative.Partner;
import org.grassroots.plan.core.initiative.PartnerKind;
import org.grassroots.plan.persistence.initiative.InitiativeDetailView;
import org.jspecify.annotations.Nullable;

/** A partner line; both blank means no partner. */
public class PartnerRow {

    @Size(max = 300)
    private @Nullable String name;

    private @Nullable PartnerKind kind;

    static PartnerRow of(InitiativeDetailView.PartnerLine partner) {
        var row = new PartnerRow();
        row.name = partner.name();
        row.kind = PartnerKind.valueOf(partner.kind());
        return row;
    }

    Partner toPartner() {
        return new Partner(name, kind);
    }

    boolean isBlank() {
        return name == null && kind == null;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable PartnerKind getKind() {
        return kind;
    }

    public void setKind(@Nullable PartnerKind kind) {
        this.kind = kind;
    }
}
