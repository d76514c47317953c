package dev.dbflow.it.items;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The changelog's item table also has legacy_code, which this entity no longer maps. */
@Entity
public class Item {
    @Id
    private Long id;
}
