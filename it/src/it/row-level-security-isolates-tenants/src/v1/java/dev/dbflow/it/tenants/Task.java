package dev.dbflow.it.tenants;

import dev.dbflow.annotations.Policy;
import dev.dbflow.annotations.RowLevelSecurity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Before the change: the tenant is text, compared as text. */
@Entity
@RowLevelSecurity
@Policy(name = "tenant_isolation", using = "tenant_id = current_setting('app.tenant_id')")
public class Task {

    @Id
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;
}
