package org.grassroots.plan.web.region;

import java.util.ArrayList;
import java.util.List;
import org.grassroots.plan.core.region.SetStateCharacteristics;
import org.grassroots.plan.core.region.SetStateCharacteristics.Characteristic;
import org.grassroots.plan.persistence.region.CharacteristicRow;
import org.jspecify.annotations.Nullable;

/** The four regional characteristics of one state as edited on the page. */
public class CharacteristicsForm {

    private List<Row> rows = new ArrayList<>();

    static CharacteristicsForm of(List<CharacteristicRow> stored) {
        var form = new CharacteristicsForm();
        stored.forEach(row -> form.rows.add(new Row(row.approachCode(), row.applies(), row.note(), row.source())));
        return form;
    }

    SetStateCharacteristics toCommand(long actorId, String stateCode) {
        return new SetStateCharacteristics(
                actorId,
                stateCode,
                rows.stream()
                        .filter(row -> row.getApproachCode() != null)
                        .map(row -> new Characteristic(
                                row.getApproachCode(), row.isApplies(), row.getNote(), row.getSource()))
                        .toList());
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    /** One approach: applies or not, with a note and a source. */
    public static class Row {
        private @Nullable String approachCode;
        private boolean applies;
        private @Nullable String note;
        private @Nullable String source;

        public Row() {}

        Row(String approachCode, boolean applies, @Nullable String note, @Nullable String source) {
            this.approachCode = approachCode;
            this.applies = applies;
            this.note = note;
            this.source = source;
        }

        public @Nullable String getApproachCode() {
            return approachCode;
        }

        public void setApproachCode(@Nullable String approachCode) {
            this.approachCode = approachCode;
        }

        public boolean isApplies() {
            return applies;
        }

        public void setApplies(boolean applies) {
            this.applies = applies;
        }

        public @Nullable String getNote() {
            return note;
        }

        public void setNote(@Nullable String note) {
            this.note = note;
        }

        public @Nullable String getSource() {
            return source;
        }

        public void setSource(@Nullable String source) {
            this.source = source;
        }
    }
}
