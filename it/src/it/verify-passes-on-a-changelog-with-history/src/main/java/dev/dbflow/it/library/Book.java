package dev.dbflow.it.library;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The catalogue's book; its table predates dbflow, only {@code isbn} is new. */
@Entity
public class Book {

    @Id
    private Long id;

    private String title;

    private String isbn;
}
