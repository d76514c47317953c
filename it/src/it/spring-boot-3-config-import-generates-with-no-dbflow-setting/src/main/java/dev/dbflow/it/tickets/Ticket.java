package dev.dbflow.it.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;

@Entity
public class Ticket {

    public enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.OPEN;

    @Column(nullable = false)
    private Instant openedAt = Instant.now();

    /** When it should be closed by; new, not in the changelog yet. */
    private LocalDate dueDate;

    protected Ticket() {
    }

    public Ticket(String title, LocalDate dueDate) {
        this.title = title;
        this.dueDate = dueDate;
    }
}
