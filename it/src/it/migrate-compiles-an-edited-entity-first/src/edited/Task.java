package dev.dbflow.it.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The edit: priority is new, and the changelog's task table does not have it yet. */
@Entity
public class Task {

    @Id
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 20)
    private String priority;
}
