package org.grassroots.plan.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.grassroots.plan.persistence.reference.ReferenceCodeRow;
import org.jspecify.annotations.Nullable;

/** The labels of a sector or audience in both languages and whether forms offer it, with the version edited. */
public class ReferenceLabelForm {

    @NotBlank
    @Size(max = 200)
    private @Nullable String labelJa;

    @NotBlank
    @Size(max = 200)
    private @Nullable String labelEn;

    private boolean active;

    private long version;

    static ReferenceLabelForm of(ReferenceCodeRow row) {
        var form = new ReferenceLabelForm();
        form.labelJa = row.labelJa();
        form.labelEn = row.labelEn();
        form.active = row.active();
        form.version = row.version();
        return form;
    }

    public @Nullable String getLabelJa() {
        return labelJa;
    }

    public void setLabelJa(@Nullable String labelJa) {
        this.labelJa = labelJa;
    }

    public @Nullable String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(@Nullable String labelEn) {
        this.labelEn = labelEn;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
