package dev.dbflow.examples.taskboard.domain;

import dev.dbflow.annotations.Policy;
import dev.dbflow.annotations.RowLevelSecurity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A unit of work on a project board. Tasks are isolated by tenant: a connection sees only the rows of the tenant it
 * names in the {@code app.tenant_id} setting (unless it owns the table).
 */
@Entity
@Table(indexes = @Index(name = "ix_task_due_date", columnList = "due_date"))
@RowLevelSecurity
@Policy(name = "tenant_isolation", using = "tenant_id = current_setting('app.tenant_id')::uuid")
public class Task extends Auditable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private UUID tenantId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(columnDefinition = "text")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TaskStatus status = TaskStatus.TODO;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private TaskPriority priority;

    private LocalDate dueDate;

    @Column(precision = 6, scale = 2)
    private BigDecimal estimateHours;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    private User assignee;

    @ManyToMany
    @JoinTable(name = "task_tag",
            joinColumns = @JoinColumn(name = "task_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new HashSet<>();

    protected Task() {
    }

    public Task(Project project, String title) {
        this.project = project;
        this.title = title;
    }
}
