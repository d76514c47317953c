package dev.dbflow.examples.taskboard.domain;

public enum TaskPriority {
    LOW,
    MEDIUM,
    HIGH,
    URGENT
}
