package org.grassroots.plan.core.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One audited change set (Hibernate Envers revision): when it was saved and by whom. Every {@code *_aud} table
 * points here. There is one revision entity for the whole application.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(EditRevisionListener.class)
public class EditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "rev")
    private long id;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private long timestamp;

    @Column(name = "username", nullable = false)
    private String username = RevisionAuthor.UNKNOWN;

    protected EditRevision() {}

    void recordAuthor(String username) {
        this.username = username;
    }

    public long getId() {
        return id;
    }

    public Instant getSavedAt() {
        return Instant.ofEpochMilli(timestamp);
    }

    public String getUsername() {
        return username;
    }
}
