package dev.dbflow.it.catalog.service;

import dev.dbflow.it.catalog.domain.Author;
import dev.dbflow.it.catalog.domain.Book;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The books of an author, for the module's web pages. */
@ApplicationScoped
public class Catalog {

    @PersistenceContext(unitName = "catalog")
    private EntityManager entityManager;

    public List<Book> booksBy(Author author) {
        return entityManager.createNamedQuery("Book.byAuthor", Book.class).setParameter("author", author).getResultList();
    }
}
