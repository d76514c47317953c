package dev.dbflow.internal.model;

import java.io.Serializable;

/**
 * A standalone sequence (sequences owned by identity columns belong to their column).
 *
 * @param name      the sequence
 * @param dataType  {@code smallint}, {@code integer} or {@code bigint}
 * @param start     START WITH
 * @param increment INCREMENT BY
 * @param minValue  MINVALUE
 * @param maxValue  MAXVALUE
 * @param cache     CACHE
 * @param cycle     CYCLE
 */
public record Sequence(QualifiedName name, String dataType, long start, long increment, long minValue,
                       long maxValue, long cache, boolean cycle) implements Serializable {
}
