package org.grassroots.plan.core.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Objects;
import org.grassroots.plan.core.activity.IllegalReportTransitionException.Reason;
import org.grassroots.plan.core.user.AppUser;

/**
 * Who started a report and who changed it last, and when: the two people who may not review it (four eyes).
 */
@Embeddable
public class ReportAuthorship {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private AppUser author;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "last_modified_by_id")
    private AppUser lastModifiedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ReportAuthorship() {}

    ReportAuthorship(AppUser author, Instant now) {
        this.author = author;
        this.lastModifiedBy = author;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Someone changed the report's content or sent it in. */
    void changedBy(AppUser editor, Instant now) {
        this.lastModifiedBy = editor;
        this.updatedAt = now;
    }

    /** The report changed without a new author of its content (a review step). */
    void touched(Instant now) {
        this.updatedAt = now;
    }

    void requireNotOwnWork(AppUser reviewer) {
        if (Objects.equals(reviewer.getId(), author.getId())
                || Objects.equals(reviewer.getId(), lastModifiedBy.getId())) {
            throw new IllegalReportTransitionException(
                    Reason.OWN_WORK, "Nobody reviews a report they wrote or last changed");
        }
    }

    public AppUser getAuthor() {
        return author;
    }

    public AppUser getLastModifiedBy() {
        return lastModifiedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
