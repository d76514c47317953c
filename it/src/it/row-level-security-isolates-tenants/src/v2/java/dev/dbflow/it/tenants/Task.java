package dev.dbflow.it.tenants;

import dev.dbflow.annotations.Policy;
import dev.dbflow.annotations.RowLevelSecurity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** After the change: the tenant is a uuid, and the policy compares uuids. */
@Entity
@RowLevelSecurity
@Policy(name = "tenant_isolation", using = "tenant_id = current_setting('app.tenant_id')::uuid")
public class Task {

    @Id
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;
}
