package dev.dbflow.it.catalog.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Bean Validation alone shapes the columns: {@code @NotNull} makes them NOT NULL, {@code @Size} sets their length. */
@Entity
@NamedQuery(name = "Book.byAuthor", query = "SELECT b FROM Book b WHERE b.author = :author ORDER BY b.title")
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Size(max = 200)
    private String title;

    /** The title it first appeared under, in its own language; new, not in the changelog yet. */
    @Size(max = 200)
    private String originalTitle;

    @NotNull
    @Size(min = 13, max = 13)
    private String isbn;

    private LocalDate publishedOn;

    @NotNull
    @ManyToOne(optional = false)
    private Author author;

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }
}
