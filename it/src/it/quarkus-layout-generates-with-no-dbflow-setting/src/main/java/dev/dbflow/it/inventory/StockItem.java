package dev.dbflow.it.inventory;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

import java.time.OffsetDateTime;
import java.util.List;

@Entity
public class StockItem extends PanacheEntity {

    @Column(nullable = false, unique = true, length = 40)
    public String sku;

    public int quantity;

    public OffsetDateTime receivedAt;

    /** When the stock was last counted by hand; new, not in the changelog yet. */
    public OffsetDateTime lastCountedAt;

    @ManyToOne
    public Warehouse warehouse;

    public static List<StockItem> inWarehouse(Warehouse warehouse) {
        return list("warehouse", warehouse);
    }
}
