package org.grassroots.plan.core.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Objects;

/** Reference data identified by a stable code, labelled in Japanese and English, ordered for display. */
@MappedSuperclass
public abstract class CodedReference implements Localized {

    @Id
    private String code;

    @Column(name = "label_ja", nullable = false)
    private String labelJa;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected CodedReference() {}

    protected CodedReference(String code, String labelJa, String labelEn, int sortOrder) {
        this.code = code;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    @Override
    public String labelJa() {
        return labelJa;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void relabel(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || (other instanceof CodedReference that
                        && getClass() == that.getClass()
                        && Objects.equals(code, that.code));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + code + "]";
    }
}
