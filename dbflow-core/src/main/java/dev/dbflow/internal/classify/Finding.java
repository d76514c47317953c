package dev.dbflow.internal.classify;

/**
 * One safety finding on one operation.
 *
 * @param id     the stable finding id, e.g. {@code DL002}
 * @param object the object it concerns, e.g. {@code task.legacy_code}
 * @param reason one sentence for the reviewer
 */
public record Finding(String id, String object, String reason) {

    /** The kinds of finding, by the first two letters of the id. */
    public enum Category {
        /** The operation destroys data; {@code generate} refuses it unless allowed. */
        DATA_LOSS,
        /** The operation may fail on existing rows. */
        DATA_DEPENDENT,
        /** The operation takes a lock that blocks the table while it runs. */
        LOCKING,
        /** The operation drops and recreates a row-level security policy around a column change. */
        ROW_SECURITY
    }

    /** Returns the category the id belongs to. */
    public Category category() {
        return switch (id.substring(0, 2)) {
            case "DL" -> Category.DATA_LOSS;
            case "DD" -> Category.DATA_DEPENDENT;
            case "RL" -> Category.ROW_SECURITY;
            default -> Category.LOCKING;
        };
    }

    /** Returns {@code id:object}, the form {@code acceptDataLoss} takes. */
    public String key() {
        return id + ":" + object;
    }

    /** Returns {@code DL002 task.legacy_code: reason}. */
    public String describe() {
        return id + " " + object + ": " + reason;
    }
}
