package dev.dbflow.it.inventory;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Warehouse extends PanacheEntity {

    @Column(nullable = false, length = 80)
    public String name;

    public String city;
}
