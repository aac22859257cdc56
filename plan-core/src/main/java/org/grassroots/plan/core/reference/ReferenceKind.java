package org.grassroots.plan.core.reference;

/** The reference data whose labels and availability administrators maintain on screens. */
public enum ReferenceKind {
    SECTOR("sector"),
    AUDIENCE("audience");

    private final String table;

    ReferenceKind(String table) {
        this.table = table;
    }

    /** The table that holds the codes of this kind. */
    public String table() {
        return table;
    }
}
