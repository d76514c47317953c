package dev.dbflow.it.notes;

import dev.dbflow.it.accounts.Account;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Note {
    @Id
    private Long id;

    private String text;

    @ManyToOne
    private Account owner;
}
