package dev.dbflow.examples.taskboard.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A board of tasks, identified within its organization by name and globally by key (e.g. "WEB"). */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_project_org_name",
        columnNames = {"organization_id", "name"}))
public class Project {

    @Id
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    private Long id;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "project_key", unique = true, length = 10)
    private String key;

    @ManyToOne(fetch = FetchType.LAZY)
    private Organization organization;

    /** Free-form board settings (columns, WIP limits, ...). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private Map<String, Object> settings = new HashMap<>();

    protected Project() {
    }

    public Project(Organization organization, String key, String name) {
        this.organization = organization;
        this.key = key;
        this.name = name;
    }
}
