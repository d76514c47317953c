package dev.dbflow.internal.compare;

import java.util.regex.Pattern;

/**
 * Tells the names nobody chose from the names a mapping gives explicitly ({@code @Index(name)},
 * {@code @UniqueConstraint(name)}, {@code @ForeignKey(name)}, {@code @Check(name)}): Hibernate invents a hashed name
 * ({@code FK}, {@code UK} or {@code IDX} and an MD5 hash in base 35, which PostgreSQL folds to lower case) and
 * PostgreSQL one made of the table, the columns and a suffix ({@code _pkey}, {@code _key}, {@code _fkey},
 * {@code _check}, {@code _idx}, {@code _excl}, then a number when taken). Only a chosen name is compared.
 */
final class ImplicitNames {

    private static final Pattern HIBERNATE = Pattern.compile("(?i)(fk|uk|idx)[0-9a-z]{20,27}");
    private static final Pattern POSTGRES = Pattern.compile(".+_(pkey|key|fkey|check|idx|excl)[0-9]*");

    private ImplicitNames() {
    }

    /** Returns true when {@code name} was given by the mapping, not invented by Hibernate or PostgreSQL. */
    static boolean chosen(String name) {
        return !HIBERNATE.matcher(name).matches() && !POSTGRES.matcher(name).matches();
    }
}
