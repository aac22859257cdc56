package org.grassroots.plan.core.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * That a mission covers a state, or only the listed counties of it where a state is split between missions by
 * county. Each row keeps the source and confidence of the information, for administrators to see.
 */
@Entity
@Table(name = "mission_jurisdiction")
public class MissionJurisdiction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_code")
    private DiplomaticMission mission;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "state_code")
    private UsState state;

    @Column(name = "whole_state", nullable = false)
    private boolean wholeState;

    @Column(name = "split_note")
    private @Nullable String splitNote;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private String confidence;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "jurisdiction_county",
            joinColumns = @JoinColumn(name = "jurisdiction_id"),
            inverseJoinColumns = @JoinColumn(name = "county_id"))
    private Set<County> counties = new HashSet<>();

    @Version
    private long version;

    protected MissionJurisdiction() {}

    public Long getId() {
        return id;
    }

    public DiplomaticMission getMission() {
        return mission;
    }

    public UsState getState() {
        return state;
    }

    public boolean isWholeState() {
        return wholeState;
    }

    public @Nullable String getSplitNote() {
        return splitNote;
    }

    public String getSource() {
        return source;
    }

    public String getConfidence() {
        return confidence;
    }

    public Set<County> getCounties() {
        return Collections.unmodifiableSet(counties);
    }

    /** Whether a place in this state, in the given county (if any), lies in this mission's part of it. */
    public boolean covers(@Nullable County county) {
        return wholeState || (county != null && counties.contains(county));
    }
}
