package dev.dbflow.examples.taskboard.domain;

public enum TaskStatus {
    TODO,
    IN_PROGRESS,
    DONE
}
