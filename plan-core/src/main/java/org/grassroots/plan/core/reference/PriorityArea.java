package org.grassroots.plan.core.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.grassroots.plan.core.shared.CodedReference;
import org.jspecify.annotations.Nullable;

/**
 * A pillar or priority area of Action Plan 4.0 (重点分野). Only leaves classify initiatives and reports; the
 * pillar of a leaf is its parent, or the leaf itself for pillars without sub-areas.
 */
@Entity
@Table(name = "priority_area")
public class PriorityArea extends CodedReference {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_code")
    private @Nullable PriorityArea parent;

    @Column(name = "plan_number", nullable = false)
    private String planNumber;

    @Column(nullable = false)
    private boolean leaf;

    protected PriorityArea() {}

    public @Nullable PriorityArea getParent() {
        return parent;
    }

    public String getPlanNumber() {
        return planNumber;
    }

    public boolean isLeaf() {
        return leaf;
    }
}
