package org.grassroots.plan.core.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.grassroots.plan.core.user.AppUser;
import org.jspecify.annotations.Nullable;

/** One step of a report's timeline: who moved it from which status to which, when, and why. */
@Entity
@Table(name = "activity_report_transition")
public class ActivityReportTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private ActivityReport report;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private @Nullable ActivityReportStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private ActivityReportStatus toStatus;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    private AppUser actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    private @Nullable String comment;

    protected ActivityReportTransition() {}

    ActivityReportTransition(
            ActivityReport report,
            @Nullable ActivityReportStatus fromStatus,
            ActivityReportStatus toStatus,
            AppUser actor,
            Instant occurredAt,
            @Nullable String comment) {
        this.report = report;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.comment = comment;
    }

    public @Nullable ActivityReportStatus getFromStatus() {
        return fromStatus;
    }

    public ActivityReportStatus getToStatus() {
        return toStatus;
    }

    public AppUser getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public @Nullable String getComment() {
        return comment;
    }
}
