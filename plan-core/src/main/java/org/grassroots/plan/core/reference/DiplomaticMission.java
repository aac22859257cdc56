package org.grassroots.plan.core.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.grassroots.plan.core.shared.Localized;

/** The Embassy, a Consulate-General or a Consular Office of Japan in the U.S., with its jurisdiction. */
@Entity
@Table(name = "diplomatic_mission")
public class DiplomaticMission implements Localized {

    public enum Kind {
        EMBASSY,
        CONSULATE_GENERAL,
        CONSULAR_OFFICE
    }

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(nullable = false)
    private String city;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** Whether the mission files national reports (no state), as the Embassy does for the whole U.S. */
    @Column(name = "national_scope", nullable = false)
    private boolean nationalScope;

    /** The IANA time zone of the mission's city: its reporting deadlines end at midnight there. */
    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @OneToMany(mappedBy = "mission", fetch = FetchType.LAZY)
    private List<MissionJurisdiction> jurisdictions = new ArrayList<>();

    @Version
    private long version;

    protected DiplomaticMission() {}

    public String getCode() {
        return code;
    }

    public Kind getKind() {
        return kind;
    }

    public String getCity() {
        return city;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public boolean hasNationalScope() {
        return nationalScope;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public String labelJa() {
        return nameJa;
    }

    @Override
    public String labelEn() {
        return nameEn;
    }

    public List<MissionJurisdiction> getJurisdictions() {
        return Collections.unmodifiableList(jurisdictions);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof DiplomaticMission that && Objects.equals(code, that.code));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
