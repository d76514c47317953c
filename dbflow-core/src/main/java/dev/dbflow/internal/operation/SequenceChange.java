package dev.dbflow.internal.operation;

import dev.dbflow.internal.model.QualifiedName;
import dev.dbflow.internal.model.Sequence;

/** Creates, drops or alters a standalone sequence. */
public sealed interface SequenceChange extends SchemaChange {

    /** Returns the sequence after the change, or before it for a drop. */
    Sequence sequence();

    default QualifiedName table() {
        return sequence().name();
    }

    default String objectName() {
        return sequence().name().name();
    }

    /** Create a sequence. */
    record CreateSequence(Sequence sequence) implements SequenceChange {
        public SchemaChange reverse() { return new DropSequence(sequence); }
        public Phase phase() { return Phase.CREATE_SEQUENCE; }
    }

    /** Drop a sequence; it holds the definition a rollback recreates. */
    record DropSequence(Sequence sequence) implements SequenceChange {
        public SchemaChange reverse() { return new CreateSequence(sequence); }
        public Phase phase() { return Phase.DROP_SEQUENCE; }
    }

    /** Change a sequence's increment, bounds, cache or cycle from {@code from} to {@code sequence}. */
    record AlterSequence(Sequence from, Sequence sequence) implements SequenceChange {
        public SchemaChange reverse() { return new AlterSequence(sequence, from); }
        public Phase phase() { return Phase.ALTER; }
    }
}
