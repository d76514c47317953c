package dev.dbflow.it.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Note {

    @Id
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;
}
