package dev.dbflow.it.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Account {
    @Id
    private Long id;

    @Column(length = 100)
    private String email;
}
