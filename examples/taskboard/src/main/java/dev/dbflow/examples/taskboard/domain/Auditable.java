package dev.dbflow.examples.taskboard.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/** Creation and last-modification timestamps shared by audited entities. */
@MappedSuperclass
public abstract class Auditable {

    @Column(nullable = false, updatable = false)
    protected Instant createdAt;

    protected Instant updatedAt;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
