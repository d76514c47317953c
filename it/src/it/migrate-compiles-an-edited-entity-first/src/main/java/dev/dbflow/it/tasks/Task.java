package dev.dbflow.it.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** As the changelog has it; the build copies src/edited/Task.java over this file after compiling it. */
@Entity
public class Task {

    @Id
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;
}
