package dev.dbflow.examples.taskboard.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A member of an organization. ("user" is reserved in PostgreSQL, hence the table name.) */
@Entity
@Table(name = "users")
public class User extends Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(length = 100)
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organization organization;

    protected User() {
    }

    public User(Organization organization, String email, String displayName) {
        this.organization = organization;
        this.email = email;
        this.displayName = displayName;
    }
}
